import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import {
  FORM_TEMPLATES,
  type FormTemplateId,
  UNIT_STATUS_TEXT,
  type UnitDef,
  type UnitRegistry,
  type UnitStatus,
  formatPeriod,
  unitStandings,
} from "../../core";
import { ZIP_TYPE, downloadBytes } from "../backend/download";
import { formsZip } from "../backend/forms";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";

export interface UnitsPanelProps {
  readonly backend: Backend;
  readonly registry: UnitRegistry;
  readonly received: readonly Received[];
  readonly settings: PaneSettings;
  readonly onSaved: (registry: UnitRegistry) => void;
  readonly onError: (e: unknown) => void;
}

const STATUS_COLOR: Record<UnitStatus, "success" | "warning" | "danger" | "subtle"> = {
  on_time: "success",
  late: "warning",
  missing: "subtle",
  has_errors: "danger",
};

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
  forms: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalM} 0`,
  },
  wide: { width: "100%" },
});

const split = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

export const UnitsPanel: React.FC<UnitsPanelProps> = ({ backend, registry, received, settings, onSaved, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [units, setUnits] = React.useState<UnitDef[]>([...registry.units]);
  const [saved, setSaved] = React.useState(false);
  const [template, setTemplate] = React.useState<FormTemplateId>(FORM_TEMPLATES[0]);
  const [forms, setForms] = React.useState<{ busy: boolean; note?: string }>({ busy: false });
  const standings = React.useMemo(
    () =>
      settings.period
        ? unitStandings(
            { ...registry, units },
            received.map((r) => r.receipt),
            settings.period,
            settings.deadlineDay ?? 10,
          )
        : [],
    [registry, units, received, settings],
  );
  const statusOf = new Map(standings.map((s) => [s.unitId, s]));
  const extra = standings.filter((s) => !units.some((u) => u.id === s.unitId));

  const edit = (i: number, patch: Partial<UnitDef>) => {
    setSaved(false);
    setUnits((prev) => prev.map((u, j) => (j === i ? { ...u, ...patch } : u)));
  };

  const status = (id: string) => {
    const s = statusOf.get(id);
    return s ? (
      <Badge appearance="tint" color={STATUS_COLOR[s.status]} data-testid="unit-status" data-status={s.status}>
        {UNIT_STATUS_TEXT[s.status]}
        {s.status === "has_errors" && s.late ? ` · ${UNIT_STATUS_TEXT.late.toLowerCase()}` : ""}
      </Badge>
    ) : null;
  };

  const makeForms = async (period: NonNullable<PaneSettings["period"]>) => {
    setForms({ busy: true });
    try {
      // The list as shown, edits included: a form for a unit added a minute ago works too.
      const zip = await formsZip(
        units.map((u) => u.name),
        template,
        period,
        { ...registry, units },
      );
      downloadBytes(zip.bytes, zip.fileName, ZIP_TYPE);
      setForms({ busy: false, note: fill(t.formsDone, { file: zip.fileName, count: zip.files.length }) });
    } catch (e) {
      setForms({ busy: false });
      onError(e);
    }
  };

  const period = settings.period;
  return (
    <div>
      <Body1>{fill(t.unitsIntro, { day: settings.deadlineDay ?? 10 })}</Body1>
      <Subtitle2 as="h2">{t.formsTitle}</Subtitle2>
      <Body1>{period ? fill(t.formsIntro, { period: formatPeriod(period) }) : t.formsNeedPeriod}</Body1>
      <div className={styles.forms}>
        <Field label={t.formsTemplate}>
          <Select value={template} onChange={(_, d) => setTemplate(d.value as FormTemplateId)} data-testid="form-template">
            {FORM_TEMPLATES.map((id) => (
              <option key={id} value={id}>
                {t.formTemplates[id] ?? id}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!period || forms.busy || units.length === 0}
          onClick={() => period && void makeForms(period)}
          data-testid="make-forms"
        >
          {t.formsRun}
        </Button>
      </div>
      {forms.note ? (
        <MessageBar intent="success">
          <MessageBarBody data-testid="forms-done">{forms.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Subtitle2 as="h2">{t.tabUnits}</Subtitle2>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            setSaved(false);
            setUnits((prev) => [...prev, { id: `don-vi-${prev.length + 1}`, name: t.newUnit, kind: "department", services: [] }]);
          }}
        >
          {t.addUnit}
        </Button>
        <Button
          appearance="primary"
          onClick={() => {
            const next: UnitRegistry = { ...registry, units };
            backend.saveRegistry(next).then(() => {
              setSaved(true);
              onSaved(next);
            }, onError);
          }}
        >
          {t.saveUnits}
        </Button>
      </div>
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Table size="small" aria-label={t.tabUnits}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.unitName}</TableHeaderCell>
            <TableHeaderCell>{t.unitAliases}</TableHeaderCell>
            <TableHeaderCell>{t.unitServices}</TableHeaderCell>
            <TableHeaderCell>{fill(t.unitStatus, { period: settings.period ? formatPeriod(settings.period) : "—" })}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.map((u, i) => (
            <TableRow key={u.id} data-testid="unit-row">
              <TableCell>
                <Input className={styles.wide} aria-label={t.unitName} value={u.name} onChange={(_, d) => edit(i, { name: d.value })} />
              </TableCell>
              <TableCell>
                <Input
                  className={styles.wide}
                  aria-label={t.unitAliases}
                  value={(u.aliases ?? []).join("; ")}
                  onChange={(_, d) => edit(i, { aliases: split(d.value, /;/) })}
                />
              </TableCell>
              <TableCell>
                <Input
                  className={styles.wide}
                  aria-label={t.unitServices}
                  value={u.services.join(", ")}
                  onChange={(_, d) => edit(i, { services: split(d.value, /[,;\s]+/) })}
                />
              </TableCell>
              <TableCell>{status(u.id)}</TableCell>
              <TableCell>
                <Button size="small" appearance="subtle" onClick={() => setUnits((prev) => prev.filter((_, j) => j !== i))}>
                  {t.removeUnit}
                </Button>
              </TableCell>
            </TableRow>
          ))}
          {extra.map((s) => (
            <TableRow key={s.unitId} data-testid="unit-row">
              <TableCell>{s.unit}</TableCell>
              <TableCell />
              <TableCell />
              <TableCell>{status(s.unitId)}</TableCell>
              <TableCell />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
