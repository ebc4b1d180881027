import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CatalogueTotal } from "../../core";
import { useStrings } from "../strings";
import { SummaryCard } from "./SummaryCard";
import { count, percent } from "./summaryFormat";

export const useListStyles = makeStyles({
  cards: {
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingVerticalS,
  },
});

/** The totals per catalogue, one card each. */
export const SummaryTotals: React.FC<{ readonly totals: readonly CatalogueTotal[] }> = ({ totals }) => {
  const t = useStrings();
  const styles = useListStyles();
  return (
    <ul className={styles.cards} aria-label={t.summary}>
      {totals.map((row) => (
        <SummaryCard
          key={row.catalogue}
          data-testid="summary-total"
          data-catalogue={row.catalogue}
          title={t.catalogueLabel[row.catalogue] ?? row.label}
          pairs={[
            [t.totalRecords, count(row.total)],
            [t.onlineRecords, count(row.online)],
            [t.onlineRatio, percent(row.onlineRatio)],
          ]}
        />
      ))}
    </ul>
  );
};
