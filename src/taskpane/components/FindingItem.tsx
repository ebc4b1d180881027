import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { type Finding, type Period, findingText, formatPeriod, periodLabel } from "../../core";
import { fill, useStrings } from "../strings";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    outlineOffset: "-2px",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  clickable: { cursor: "pointer" },
  where: { color: tokens.colorNeutralForeground3 },
  todo: { color: tokens.colorNeutralForeground2 },
});

/** Where (cell, or "the whole file"), what, and, for a file-level finding, what the clerk should do. */
export const FindingItem: React.FC<{
  readonly finding: Finding;
  readonly filePeriod: Period | null;
  readonly onSelect?: (f: Finding) => void;
  readonly onPeriod?: (p: Period) => void;
  /** Sum this file instead of the unit's other report for the period. */
  readonly onPick?: (file: string) => void;
}> = ({ finding: f, filePeriod, onSelect, onPeriod, onPick }) => {
  const t = useStrings();
  const styles = useStyles();
  const help = f.cell ? undefined : t.findingHelp[f.code];
  const canSelect = Boolean(onSelect && f.cell);
  return (
    <li
      className={canSelect ? `${styles.row} ${styles.clickable}` : styles.row}
      tabIndex={-1}
      data-finding=""
      data-testid="finding"
      data-code={f.code}
      data-cell={f.cell ?? ""}
      data-severity={f.severity}
      onClick={() => canSelect && onSelect?.(f)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && canSelect) onSelect?.(f);
      }}
    >
      <Caption1 className={styles.where}>
        {f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}` : t.fileLevel} · {f.code}
      </Caption1>
      <Text>{findingText(f, t.messageLanguage)}</Text>
      {help ? (
        <Caption1 className={styles.todo} data-testid="finding-help">
          {t.whatToDo}
          {help}
        </Caption1>
      ) : null}
      {f.code === "PERIOD_MISMATCH" && filePeriod && onPeriod ? (
        <span>
          <Button size="small" onClick={() => onPeriod(filePeriod)} data-testid="switch-period" data-period={formatPeriod(filePeriod)}>
            {fill(t.periodSwitch, { period: periodLabel(filePeriod) })}
          </Button>
        </span>
      ) : null}
      {f.code === "DUPLICATE_SUBMISSION" && onPick ? (
        <span>
          <Button size="small" onClick={() => onPick(f.file)} data-testid="pick-file" data-file={f.file}>
            {t.pickFile}
          </Button>
        </span>
      ) : null}
    </li>
  );
};
