import {
  Body1,
  Button,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular } from "./icons";
import * as React from "react";
import { type UnitDef, type UnitRegistry, deadlineDayOf, formatPeriod, unitStandings } from "../../core";
import { foldKey } from "../../core/shared/normalize";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { FormsSection } from "./FormsSection";
import { UnitCard } from "./UnitCard";
import { UnitStatusText } from "./UnitStatusText";

export interface UnitsPanelProps {
  readonly backend: Backend;
  readonly registry: UnitRegistry;
  readonly received: readonly Received[];
  readonly settings: PaneSettings;
  readonly onDirty: (dirty: boolean) => void;
  readonly onSave: (registry: UnitRegistry) => Promise<void>;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  extra: { padding: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** "Đơn vị": forms for the units, and the unit list as cards, edited in place, kept across steps until saved. */
export const UnitsPanel: React.FC<UnitsPanelProps> = ({ backend, registry, received, settings, onDirty, onSave, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [units, setUnits] = React.useState<UnitDef[]>([...registry.units]);
  const [dirty, setDirty] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const [editing, setEditing] = React.useState<string | null>(null);
  const [removed, setRemoved] = React.useState<{ unit: UnitDef; at: number } | null>(null);
  const [query, setQuery] = React.useState("");
  const newName = React.useRef<HTMLInputElement>(null);
  const focusNew = React.useRef(false);

  React.useEffect(() => onDirty(dirty), [dirty, onDirty]);
  React.useEffect(() => {
    if (!dirty) setUnits([...registry.units]);
  }, [registry, dirty]);
  React.useEffect(() => {
    // A new unit opens at the top of the list, scrolled into view with its name ready to type.
    if (focusNew.current && newName.current) {
      focusNew.current = false;
      newName.current.scrollIntoView({ block: "center" });
      newName.current.select();
    }
  });

  const standings = React.useMemo(
    () =>
      settings.period
        ? unitStandings(
            { ...registry, units },
            received.map((r) => r.receipt),
            settings.period,
            deadlineDayOf(settings),
          )
        : [],
    [registry, units, received, settings],
  );
  const statusOf = new Map(standings.map((s) => [s.unitId, s]));
  const extra = standings.filter((s) => !units.some((u) => u.id === s.unitId));
  const change = (next: UnitDef[]) => {
    setUnits(next);
    setDirty(true);
    setSaved(false);
  };
  const q = foldKey(query.trim());
  const shown = units.filter((u) => !q || foldKey([u.name, ...(u.aliases ?? [])].join(" ")).includes(q));

  return (
    <div className={styles.root}>
      <FormsSection period={settings.period} registry={registry} units={units} onError={onError} openWorkbook={backend.openWorkbook} />
      <Subtitle2 as="h2">{t.tabUnits}</Subtitle2>
      <Body1>{fill(t.unitsIntro, { day: deadlineDayOf(settings) })}</Body1>
      <Body1>{fill(t.unitStatus, { period: settings.period ? formatPeriod(settings.period) : "—" })}</Body1>
      <div className={styles.bar}>
        <Button
          icon={<Add20Regular />}
          onClick={() => {
            const id = `don-vi-${Date.now().toString(36)}`;
            focusNew.current = true;
            setQuery("");
            setEditing(id);
            change([{ id, name: t.newUnit, kind: "department", services: [] }, ...units]);
          }}
        >
          {t.addUnit}
        </Button>
        <Button
          appearance="primary"
          disabled={!dirty}
          data-testid="save-units"
          onClick={() =>
            onSave({ ...registry, units }).then(() => {
              setDirty(false);
              setSaved(true);
              setRemoved(null);
            }, onError)
          }
        >
          {t.saveUnits}
        </Button>
        <Input aria-label={t.filterUnits} placeholder={t.filterUnits} value={query} onChange={(_, d) => setQuery(d.value)} />
      </div>
      {dirty ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.unsavedUnits}</MessageBarBody>
        </MessageBar>
      ) : null}
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
      {removed ? (
        <MessageBar intent="info" data-testid="unit-removed">
          <MessageBarBody>{fill(t.removedUnit, { unit: removed.unit.name })}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                const next = [...units];
                next.splice(Math.min(removed.at, next.length), 0, removed.unit);
                change(next);
                setRemoved(null);
              }}
            >
              {t.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <ul className={styles.list} aria-label={fill(t.unitCount, { count: units.length })}>
        {shown.map((u) => (
          <UnitCard
            key={u.id}
            ref={editing === u.id ? newName : undefined}
            unit={u}
            standing={statusOf.get(u.id)}
            editing={editing === u.id}
            onEditing={(on) => setEditing(on ? u.id : null)}
            onChange={(patch) => change(units.map((x) => (x.id === u.id ? { ...x, ...patch } : x)))}
            onRemove={() => {
              setRemoved({ unit: u, at: units.indexOf(u) });
              change(units.filter((x) => x.id !== u.id));
            }}
          />
        ))}
        {extra.map((s) => (
          <li key={s.unitId} className={styles.extra} data-testid="unit-row" data-unit={s.unit}>
            <Body1>{s.unit}</Body1>
            <UnitStatusText standing={s} />
          </li>
        ))}
      </ul>
    </div>
  );
};
