import { Button, Caption1, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Delete20Regular } from "./icons";
import * as React from "react";
import { fileStatus } from "../backend/receipts";
import type { Received } from "../backend/types";
import { findingText, formatNumber } from "../../core";
import { fill, useStrings } from "../strings";
import { CountBadge } from "./CountBadge";
import { StatusIcon } from "./StatusIcon";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { paddingTop: "2px" },
  main: { minWidth: 0, display: "flex", flexDirection: "column", gap: "2px" },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  file: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

const dayText = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ""
    : `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
};
const isoDay = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ""
    : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** "Nhận ngày 08/10/2026 (ngày của tệp) · Sửa": the date the tracker judges, which the clerk may correct. */
function ReceivedDate({
  file,
  receivedAt,
  given,
  onChange,
  className,
}: {
  readonly file: string;
  readonly receivedAt: string;
  readonly given: string | null;
  readonly onChange?: (file: string, day: string | null) => void;
  readonly className: string;
}) {
  const t = useStrings();
  const [editing, setEditing] = React.useState(false);
  const [day, setDay] = React.useState(isoDay(receivedAt));
  if (editing && onChange)
    return (
      <span className={className} data-testid="received-date-edit">
        <Input
          type="date"
          size="small"
          value={day}
          aria-label={fill(t.receivedDateLabel, { file })}
          onChange={(_, d) => setDay(d.value)}
          data-testid="received-date-input"
        />{" "}
        <Button
          size="small"
          appearance="primary"
          disabled={!/^\d{4}-\d{2}-\d{2}$/.test(day)}
          onClick={() => {
            onChange(file, day);
            setEditing(false);
          }}
          data-testid="received-date-save"
        >
          {t.receivedDateSave}
        </Button>
        {given ? (
          <Button
            size="small"
            appearance="transparent"
            onClick={() => {
              onChange(file, null);
              setEditing(false);
            }}
          >
            {t.receivedDateReset}
          </Button>
        ) : null}
      </span>
    );
  return (
    <Caption1 className={className} data-testid="received-date">
      {fill(given ? t.receivedDateGiven : t.receivedDateFile, { date: dayText(receivedAt) })}
      {onChange ? (
        <>
          {" · "}
          <Button size="small" appearance="transparent" onClick={() => setEditing(true)} data-testid="received-date-change">
            {t.receivedDateChange}
          </Button>
        </>
      ) : null}
    </Caption1>
  );
}

/** One received file on two lines: status and unit first, then file name, counts and what is wrong. */
export const ReceivedItem = React.memo(function ReceivedItem({
  received,
  onRemove,
  onShow,
  dateGiven = null,
  onReceivedDate,
}: {
  readonly received: Received;
  readonly onRemove?: (file: string) => void;
  readonly onShow?: (file: string) => void;
  /** The arrival day the clerk gave (yyyy-mm-dd), if any. */
  readonly dateGiven?: string | null;
  readonly onReceivedDate?: (file: string, day: string | null) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { submission, receipt } = received;
  const status = fileStatus(submission);
  const errors = submission.findings.filter((f) => f.severity === "error").length;
  const warnings = submission.findings.filter((f) => f.severity === "warning").length;
  return (
    <li className={styles.row} data-testid="received-item" data-status={status} data-file={receipt.file}>
      <span className={styles.icon}>
        <StatusIcon status={status} label={t.statusText[status]} />
      </span>
      <div className={styles.main}>
        <div className={styles.line}>
          <Text weight="semibold" className={styles.name}>
            {submission.unit.name}
          </Text>
          <CountBadge count={errors} color="danger" label={fill(t.countErrors, { count: errors })} />
          <CountBadge count={warnings} color="warning" label={fill(t.countWarnings, { count: warnings })} />
        </div>
        <Caption1 className={styles.file}>
          {receipt.file} · {t.statusText[status]}
        </Caption1>
        <ReceivedDate
          file={receipt.file}
          receivedAt={receipt.receivedAt}
          given={dateGiven}
          onChange={onReceivedDate}
          className={styles.file}
        />
        {!submission.readable ? (
          <Caption1 className={styles.problem} data-testid="received-reason">
            {submission.findings[0] ? findingText(submission.findings[0], t.messageLanguage) : submission.error}
          </Caption1>
        ) : null}
        {received.cut?.map((c) => (
          <Caption1 key={c.sheet} className={styles.problem} data-testid="received-cut">
            {fill(t.cutNote, { sheet: c.sheet, rows: formatNumber(c.rows), read: formatNumber(c.read) })}
          </Caption1>
        ))}
        {onShow && submission.findings.length > 0 ? (
          <span>
            <Button size="small" appearance="transparent" onClick={() => onShow(receipt.file)}>
              {t.showFindings}
            </Button>
          </span>
        ) : null}
      </div>
      {onRemove ? (
        <Button
          size="small"
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={fill(t.removeFile, { file: receipt.file })}
          title={fill(t.removeFile, { file: receipt.file })}
          onClick={() => onRemove(receipt.file)}
        />
      ) : null}
    </li>
  );
});
