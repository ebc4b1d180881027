import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { type TargetComparison, targetVerdict } from "../../core";
import { fill, useStrings } from "../strings";
import { SummaryCard } from "./SummaryCard";
import { useListStyles } from "./SummaryTotals";
import { count, percent, targetText } from "./summaryFormat";

const useStyles = makeStyles({
  met: { color: tokens.colorPaletteGreenForeground1 },
  missed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Each computed figure against the year's target, the online ratio first. */
export const TargetList: React.FC<{ readonly targets: readonly TargetComparison[]; readonly year: number }> = ({ targets, year }) => {
  const t = useStrings();
  const styles = useStyles();
  const list = useListStyles();
  return (
    <section>
      <Subtitle2 as="h3">{fill(t.targetsTitle, { year })}</Subtitle2>
      {targets.length === 0 ? <Body1>{fill(t.noTargets, { year })}</Body1> : null}
      {targets.length > 0 ? (
        <ul className={list.cards} data-testid="targets">
          {targets.map((x, i) => (
            <SummaryCard
              key={`${x.indicator.id}-${i}`}
              data-testid="target-row"
              data-indicator={x.indicator.id}
              data-met={String(x.met)}
              title={`${x.indicator.id} · ${x.scope}`}
              pairs={[
                [t.targetActual, x.indicator.unit === "%" ? percent(x.actual) : count(x.actual)],
                [t.targetPlan, targetText(x)],
                [
                  t.targetVerdict,
                  <span key="v" className={x.met === true ? styles.met : x.met === false ? styles.missed : undefined}>
                    {targetVerdict(x)}
                  </span>,
                ],
              ]}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
};
