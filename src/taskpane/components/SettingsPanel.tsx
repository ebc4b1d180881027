import { Body1, Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatPeriod, parsePeriod } from "../../core";
import type { Backend, PaneSettings } from "../backend/types";
import { useStrings } from "../strings";

export interface SettingsPanelProps {
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly onSaved: (settings: PaneSettings) => void;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "420px" } });

export const SettingsPanel: React.FC<SettingsPanelProps> = ({ backend, settings, onSaved, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [province, setProvince] = React.useState(settings.province);
  const [reportNo, setReportNo] = React.useState(settings.reportNo ?? "");
  const [reportDate, setReportDate] = React.useState(settings.reportDate ?? "");
  const [period, setPeriod] = React.useState(settings.period ? formatPeriod(settings.period) : "");
  const [deadline, setDeadline] = React.useState(String(settings.deadlineDay ?? 10));
  const [target, setTarget] = React.useState(String(Math.round(settings.onlineTarget * 1000) / 10));
  const [saved, setSaved] = React.useState(false);
  const parsed = parsePeriod(period);
  const day = Number(deadline);
  const pct = Number(target.replace(",", "."));
  const valid = parsed !== null && Number.isInteger(day) && day >= 1 && day <= 31 && Number.isFinite(pct) && pct >= 0 && pct <= 100;

  const save = () => {
    const next: PaneSettings = { province: province.trim(), reportNo: reportNo.trim() || undefined, reportDate: reportDate.trim() || undefined, period: parsed, deadlineDay: day, onlineTarget: pct / 100 };
    backend.saveSettings(next).then(() => {
      setSaved(true);
      onSaved(next);
    }, onError);
  };

  const change = (set: (v: string) => void) => (_: unknown, d: { value: string }) => {
    setSaved(false);
    set(d.value);
  };

  return (
    <div className={styles.root}>
      <Body1>{backend.kind === "excel" ? t.settingsWhere : t.settingsWhereBrowser}</Body1>
      <Field label={t.province}>
        <Input value={province} onChange={change(setProvince)} />
      </Field>
      <Field label={t.reportNo}>
        <Input value={reportNo} onChange={change(setReportNo)} />
      </Field>
      <Field label={t.reportDate}>
        <Input value={reportDate} onChange={change(setReportDate)} />
      </Field>
      <Field label={t.period} validationState={parsed ? "none" : "error"} validationMessage={parsed ? undefined : t.badPeriod}>
        <Input value={period} onChange={change(setPeriod)} data-testid="period" />
      </Field>
      <Field label={t.deadlineDay}>
        <Input type="number" min={1} max={31} value={deadline} onChange={change(setDeadline)} />
      </Field>
      <Field label={t.target}>
        <Input value={target} onChange={change(setTarget)} />
      </Field>
      <Button appearance="primary" disabled={!valid} onClick={save} data-testid="save-settings">
        {t.saveSettings}
      </Button>
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};
