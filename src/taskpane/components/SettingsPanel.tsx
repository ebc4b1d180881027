import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { deadlineDayOf, formatDate, formatPercent, isIsoDate, periodLabel } from "../../core";
import { onlineTargetOf, taskDateOf } from "../backend/compile";
import { readDeadlineDay, readPeriodInput, readProvince, readReportDate, readReportNo, readTarget } from "../backend/settingsInput";
import type { Backend, PaneSettings } from "../backend/types";
import { fill, useStrings } from "../strings";
import { SelfCheckSection } from "./SelfCheckSection";
import { SettingField } from "./SettingField";

export interface SettingsPanelProps {
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly onSave: (settings: PaneSettings) => Promise<void>;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "420px" } });

const percentText = (n: number) => formatPercent(Math.round(n * 1000) / 1000, 1);

/** "Cài đặt": every field read as the clerk types it, and every refusal explained. */
export const SettingsPanel: React.FC<SettingsPanelProps> = ({ backend, settings, onSave, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [province, setProvince] = React.useState(settings.province);
  const [reportNo, setReportNo] = React.useState(settings.reportNo ?? "");
  const [reportDate, setReportDate] = React.useState(settings.reportDate ?? "");
  const [period, setPeriod] = React.useState(settings.period ? periodLabel(settings.period) : "");
  const [deadline, setDeadline] = React.useState(String(deadlineDayOf(settings)));
  const [target, setTarget] = React.useState(settings.onlineTarget === undefined ? "" : percentText(settings.onlineTarget));
  const [taskDate, setTaskDate] = React.useState(settings.taskDate ?? "");
  const [saved, setSaved] = React.useState(false);
  // The period is also changed from the header: follow it.
  React.useEffect(() => setPeriod(settings.period ? periodLabel(settings.period) : ""), [settings.period]);

  const p = {
    province: readProvince(province),
    reportNo: readReportNo(reportNo),
    reportDate: readReportDate(reportDate),
    period: readPeriodInput(period),
    deadline: readDeadlineDay(deadline),
    target: readTarget(target),
  };
  const dateOk = taskDate === "" || isIsoDate(taskDate);
  const valid = Object.values(p).every((x) => x.ok) && dateOk;
  const year = p.period.ok ? p.period.value.year : new Date().getFullYear();
  const planTarget = onlineTargetOf({}, year);

  const save = () => {
    if (!(p.province.ok && p.reportNo.ok && p.reportDate.ok && p.period.ok && p.deadline.ok && p.target.ok && dateOk)) return;
    const next: PaneSettings = {
      province: p.province.value,
      reportNo: p.reportNo.value,
      reportDate: p.reportDate.value,
      period: p.period.value,
      deadlineDay: p.deadline.value,
      ...(p.target.value !== undefined ? { onlineTarget: p.target.value } : {}),
      ...(taskDate ? { taskDate } : {}),
    };
    onSave(next).then(() => {
      setSaved(true);
      // What is stored, as it will be printed: "123/BC-UBND" shows as "123".
      setReportNo(next.reportNo ?? "");
      setReportDate(next.reportDate ?? "");
    }, onError);
  };

  const change = (set: (v: string) => void) => (v: string) => {
    setSaved(false);
    set(v);
  };

  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Subtitle2 as="h2">{t.tabSettings}</Subtitle2>
      <Body1>{backend.kind === "excel" ? t.settingsWhere : t.settingsWhereBrowser}</Body1>
      <SettingField label={t.province} value={province} parsed={p.province} onChange={change(setProvince)} />
      <SettingField
        label={t.period}
        value={period}
        parsed={p.period}
        hint={t.periodHeaderHint}
        testId="period"
        onChange={change(setPeriod)}
      />
      <SettingField
        label={t.reportNo}
        value={reportNo}
        parsed={p.reportNo}
        hint={fill(t.reportNoHint, { no: p.reportNo.ok && p.reportNo.value ? p.reportNo.value : "…" })}
        testId="report-no"
        onChange={change(setReportNo)}
      />
      <SettingField
        label={t.reportDate}
        value={reportDate}
        parsed={p.reportDate}
        placeholder="05/10/2024"
        testId="report-date"
        onChange={change(setReportDate)}
      />
      <SettingField label={t.deadlineDay} value={deadline} parsed={p.deadline} testId="deadline-day" onChange={change(setDeadline)} />
      <Field
        label={t.taskDate}
        validationState={dateOk ? "none" : "error"}
        validationMessage={dateOk ? undefined : t.badTaskDate}
        hint={fill(t.taskDateHint, { date: formatDate(taskDateOf({ period: p.period.ok ? p.period.value : null })) })}
      >
        <Input type="date" value={taskDate} onChange={(_, d) => change(setTaskDate)(d.value)} data-testid="task-date" />
      </Field>
      <SettingField
        label={t.target}
        value={target}
        parsed={p.target}
        hint={planTarget === null ? fill(t.targetHintNone, { year }) : fill(t.targetHint, { target: percentText(planTarget), year })}
        testId="online-target"
        onChange={change(setTarget)}
      />
      <Button appearance="primary" type="submit" disabled={!valid} data-testid="save-settings">
        {t.saveSettings}
      </Button>
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SelfCheckSection backend={backend} onError={onError} />
    </form>
  );
};
