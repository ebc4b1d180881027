import { Button, Caption1, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Delete20Regular } from "./icons";
import * as React from "react";
import type { UnitDef, UnitStanding } from "../../core";
import { fill, useStrings } from "../strings";
import { ServicePicker, serviceNames } from "./ServicePicker";
import { UnitStatusText } from "./UnitStatusText";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  services: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

const split = (s: string) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

/** One unit as a card: name, standing and services by name; "Sửa" opens its fields in place. */
export const UnitCard = React.forwardRef<
  HTMLInputElement,
  {
    readonly unit: UnitDef;
    readonly standing: UnitStanding | undefined;
    readonly editing: boolean;
    readonly onEditing: (on: boolean) => void;
    readonly onChange: (patch: Partial<UnitDef>) => void;
    readonly onRemove: () => void;
  }
>(({ unit, standing, editing, onEditing, onChange, onRemove }, nameRef) => {
  const t = useStrings();
  const styles = useStyles();
  const names = serviceNames(unit.services);
  return (
    <li className={styles.card} data-testid="unit-row" data-unit={unit.name}>
      <div className={styles.top}>
        <div className={styles.grow}>
          <Text weight="semibold">{unit.name}</Text>
          <UnitStatusText standing={standing} />
        </div>
        <Button size="small" onClick={() => onEditing(!editing)} aria-expanded={editing}>
          {editing ? t.doneEditing : t.editUnit}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={`${t.removeUnit} ${unit.name}`}
          title={`${t.removeUnit} ${unit.name}`}
          onClick={onRemove}
        />
      </div>
      {!editing ? (
        <Caption1 className={styles.services}>
          {fill(t.unitServicesCount, { count: names.length })}
          {names.length ? `: ${names.slice(0, 3).join("; ")}${names.length > 3 ? "; …" : ""}` : ""}
        </Caption1>
      ) : (
        <>
          <Field label={t.unitName}>
            <Input ref={nameRef} value={unit.name} onChange={(_, d) => onChange({ name: d.value })} data-testid="unit-name" />
          </Field>
          <Field label={t.unitAliases}>
            <Input value={(unit.aliases ?? []).join("; ")} onChange={(_, d) => onChange({ aliases: split(d.value) })} />
          </Field>
          <ServicePicker selected={unit.services} onChange={(services) => onChange({ services })} />
        </>
      )}
    </li>
  );
});
UnitCard.displayName = "UnitCard";
