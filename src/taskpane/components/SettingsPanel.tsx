import { Body1, Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatPeriod, isIsoDate, parsePeriod, viDate } from "../../core";
import { onlineTargetOf, taskDateOf } from "../backend/compile";
import type { Backend, PaneSettings } from "../backend/types";
import { fill, useStrings } from "../strings";

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
  const [target, setTarget] = React.useState(
    settings.onlineTarget === undefined ? "" : String(Math.round(settings.onlineTarget * 1000) / 10),
  );
  const [taskDate, setTaskDate] = React.useState(settings.taskDate ?? "");
  const [saved, setSaved] = React.useState(false);
  const parsed = parsePeriod(period);
  const day = Number(deadline);
  const pct = target.trim() === "" ? null : Number(target.trim().replace(",", "."));
  const targetOk = pct === null || (Number.isFinite(pct) && pct >= 0 && pct <= 100);
  const dateOk = taskDate === "" || isIsoDate(taskDate);
  const valid = parsed !== null && Number.isInteger(day) && day >= 1 && day <= 31 && targetOk && dateOk;
  const year = parsed?.year ?? new Date().getFullYear();
  const planTarget = onlineTargetOf({}, year);

  const save = () => {
    const next: PaneSettings = {
      province: province.trim(),
      reportNo: reportNo.trim() || undefined,
      reportDate: reportDate.trim() || undefined,
      period: parsed,
      deadlineDay: day,
      ...(pct !== null ? { onlineTarget: pct / 100 } : {}),
      ...(taskDate ? { taskDate } : {}),
    };
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
      <Field
        label={t.taskDate}
        validationState={dateOk ? "none" : "error"}
        validationMessage={dateOk ? undefined : t.badTaskDate}
        hint={fill(t.taskDateHint, { date: viDate(taskDateOf({ period: parsed })) })}
      >
        <Input type="date" value={taskDate} onChange={change(setTaskDate)} data-testid="task-date" />
      </Field>
      <Field
        label={t.target}
        validationState={targetOk ? "none" : "error"}
        validationMessage={targetOk ? undefined : t.badTarget}
        hint={
          planTarget === null
            ? fill(t.targetHintNone, { year })
            : fill(t.targetHint, { target: `${(Math.round(planTarget * 1000) / 10).toLocaleString("vi-VN")}%`, year })
        }
      >
        <Input value={target} onChange={change(setTarget)} data-testid="online-target" />
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
