import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useStrings, fill } from "../strings";
import { FINISHED, type ImportItem, type ItemStage } from "./useImports";

const PROGRESS: Record<ItemStage, number> = {
  queued: 0,
  read: 0.25,
  check: 0.6,
  copy: 0.85,
  done: 1,
  skipped: 1,
  failed: 1,
  rejected: 1,
  cancelled: 1,
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { overflowWrap: "anywhere" },
  name: { overflowWrap: "anywhere" },
});

/**
 * The current batch: one bar for all, and a line per file that is being read,
 * or that could not be received (with what to do). Files received without a
 * problem move to the received list.
 */
export const ImportProgress: React.FC<{ readonly items: readonly ImportItem[]; readonly busy: boolean; readonly onCancel: () => void }> = ({
  items,
  busy,
  onCancel,
}) => {
  const t = useStrings();
  const styles = useStyles();
  const stageText: Record<ItemStage, string> = {
    queued: t.stageQueued,
    read: t.stageRead,
    check: t.stageCheck,
    copy: t.stageCopy,
    done: t.stageDone,
    skipped: t.stageSkipped,
    failed: t.stageFailed,
    rejected: t.stageFailed,
    cancelled: t.cancelled,
  };
  if (items.length === 0) return null;
  const done = items.filter((i) => FINISHED.has(i.stage)).length;
  const shown = items.filter((i) => i.stage !== "queued" && (i.stage !== "done" || i.status === "unreadable" || busy));
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Field className={styles.grow} label={fill(t.batchProgress, { done, total: items.length })}>
          <ProgressBar value={done / items.length} data-testid="batch-progress" />
        </Field>
        {busy ? (
          <Button onClick={onCancel} data-testid="cancel-import">
            {t.cancel}
          </Button>
        ) : null}
      </div>
      <ul className={styles.list} data-testid="import-list">
        {shown.map((i) => {
          const bad = i.stage === "failed" || i.stage === "rejected" || i.status === "unreadable";
          return (
            <li key={i.key} data-testid="import-item" data-stage={i.stage} data-file={i.name}>
              <Field
                label={<span className={styles.name}>{`${i.name} — ${stageText[i.stage]}`}</span>}
                validationState={bad ? "error" : "none"}
                validationMessage={bad ? i.note : undefined}
              >
                <ProgressBar
                  value={PROGRESS[i.stage]}
                  color={bad ? "error" : i.stage === "done" ? (i.status === "errors" ? "warning" : "success") : "brand"}
                />
              </Field>
              {!bad && i.note ? <Caption1 className={styles.note}>{i.note}</Caption1> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
