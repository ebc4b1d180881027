import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { type UnitRegistry, deadlineDayOf } from "../../core";
import { receivedTotals, sortReceived } from "../backend/receipts";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { ReceivedItem } from "./ReceivedItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  total: { fontWeight: tokens.fontWeightSemibold },
  kept: { color: tokens.colorNeutralForeground3 },
});

/** The received files of the period, worst first, with the total line: the pane's status at a glance. */
export const ReceivedList: React.FC<{
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly registry: UnitRegistry;
  readonly settings: PaneSettings;
  readonly onRemove?: (file: string) => void;
  readonly onShow?: (file: string) => void;
  readonly onReceivedDate?: (file: string, day: string | null) => void;
}> = ({ backend, received, registry, settings, onRemove, onShow, onReceivedDate }) => {
  const t = useStrings();
  const styles = useStyles();
  const totals = React.useMemo(
    () => receivedTotals(received, registry, settings.period, deadlineDayOf(settings)),
    [received, registry, settings],
  );
  const sorted = React.useMemo(() => sortReceived(received), [received]);
  const kept = backend.kind === "excel" ? t.keptWorkbook : backend.keeps === "browser" ? t.keptBrowser : t.keptSession;
  return (
    <section className={styles.root} aria-labelledby="received-title" data-testid="received">
      <Subtitle2 as="h2" id="received-title">
        {t.receivedTitle}
      </Subtitle2>
      <Body1 className={styles.total} data-testid="total-line">
        {fill(t.totalLine, { files: totals.files, valid: totals.valid, errors: totals.withErrors, unreadable: totals.unreadable })}
        {totals.missing !== null ? fill(t.totalMissing, { missing: totals.missing }) : ""}
      </Body1>
      {received.length === 0 ? <Body1>{t.receivedNone}</Body1> : null}
      <ul className={styles.list} data-testid="received-list">
        {sorted.map((r) => (
          <ReceivedItem
            key={r.receipt.file}
            received={r}
            onRemove={onRemove}
            onShow={onShow}
            dateGiven={settings.receivedDates?.[r.receipt.file] ?? null}
            onReceivedDate={onReceivedDate}
          />
        ))}
      </ul>
      <Caption1 className={styles.kept}>{kept}</Caption1>
    </section>
  );
};
