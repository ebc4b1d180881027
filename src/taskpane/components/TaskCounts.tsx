import { Body1, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { ON_TIME_STATUSES, type OnTimeStatus, formatDate } from "../../core";
import { fill, useStrings } from "../strings";

/** How many tasks stand where at the task date. */
export const TaskCounts: React.FC<{
  readonly date: string;
  readonly total: number;
  readonly counts: Readonly<Record<OnTimeStatus, number>>;
}> = ({ date, total, counts }) => {
  const t = useStrings();
  return (
    <section>
      <Subtitle2 as="h3">{fill(t.tasksTitle, { date: formatDate(date), count: total })}</Subtitle2>
      {total === 0 ? (
        <Body1>{t.noTasks}</Body1>
      ) : (
        <ul data-testid="task-counts">
          {ON_TIME_STATUSES.map((s) => (
            <li key={s} data-testid="task-count" data-status={s} data-count={counts[s]}>
              {t.onTimeText[s]}: {counts[s]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
