import { Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import type { CatalogueTotal, MonthChanges } from "../../core";
import { fill, useStrings } from "../strings";

/** The change of each catalogue's totals against last month ("tăng 594 so với tháng 8"). */
export const ChangeList: React.FC<{ readonly changes: MonthChanges; readonly totals: readonly CatalogueTotal[] }> = ({
  changes,
  totals,
}) => {
  const t = useStrings();
  return (
    <section>
      <Subtitle2 as="h3">{fill(t.changesTitle, { label: changes.previousLabel })}</Subtitle2>
      <ul data-testid="changes">
        {totals.map((row) => {
          const c = changes.rows.find((r) => r.catalogue === row.catalogue && r.id === "total")?.changes;
          const parts = c
            ? (
                [
                  [t.changeTotal, c.total.text],
                  [t.changeOnline, c.online.text],
                  [t.changeRatio, c.onlineRatio.text],
                ] as const
              ).filter((p): p is readonly [string, string] => p[1] !== null)
            : [];
          return (
            <li key={row.catalogue} data-testid="change" data-catalogue={row.catalogue}>
              {t.catalogueLabel[row.catalogue] ?? row.label}:{" "}
              {parts.length > 0 ? parts.map(([label, text]) => `${label} ${text}`).join("; ") : t.noChange}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
