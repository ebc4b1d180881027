import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
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

/** One received file on two lines: status and unit first, then file name, counts and what is wrong. */
export const ReceivedItem = React.memo(function ReceivedItem({
  received,
  onRemove,
  onShow,
}: {
  readonly received: Received;
  readonly onRemove?: (file: string) => void;
  readonly onShow?: (file: string) => void;
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
