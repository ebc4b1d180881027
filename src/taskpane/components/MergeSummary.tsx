import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PaneReport } from "../backend/compile";
import { fill, useStrings } from "../strings";
import { BelowTargetList } from "./BelowTargetList";
import { ChangeList } from "./ChangeList";
import { ErrorUnitsList } from "./ErrorUnitsList";
import { SummaryTotals } from "./SummaryTotals";
import { TargetList } from "./TargetList";
import { TaskCounts } from "./TaskCounts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** What the clerk reads after a merge: totals, targets, changes, tasks, services below target, units with errors. */
export const MergeSummary = React.forwardRef<HTMLHeadingElement, { readonly result: PaneReport }>(({ result }, heading) => {
  const t = useStrings();
  const styles = useStyles();
  const { summary, targets, changes, consolidation, taskCounts, year, onlineTarget } = result;
  return (
    <div className={styles.root} data-testid="summary">
      <h2 ref={heading} tabIndex={-1} className={styles.heading} data-testid="summary-heading">
        <Subtitle2>{t.summary}</Subtitle2>
      </h2>
      <SummaryTotals totals={summary.totals} />
      <TargetList targets={targets} year={year} />
      {changes ? <ChangeList changes={changes} totals={summary.totals} /> : null}
      <TaskCounts date={consolidation.judgedAt} total={consolidation.tasks.length} counts={taskCounts} />
      {onlineTarget === null ? (
        <Body1>{fill(t.noOnlineTarget, { year })}</Body1>
      ) : (
        <BelowTargetList below={summary.belowTarget} target={onlineTarget} />
      )}
      <ErrorUnitsList units={summary.unitsWithErrors} />
    </div>
  );
});
MergeSummary.displayName = "MergeSummary";
