import { Button, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Period } from "../../core";
import type { Backend } from "../backend/types";
import { useStrings } from "../strings";
import { PeriodField } from "./PeriodField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { flexGrow: 1, minWidth: 0 },
  mode: { color: tokens.colorNeutralForeground3 },
});

/** Title, language, where the pane runs, and the period: the same on every step. */
export const PaneHeader: React.FC<{
  readonly backend: Backend | null;
  readonly period: Period | null;
  readonly onPeriod: ((p: Period) => void) | null;
  readonly onLanguage: () => void;
}> = ({ backend, period, onPeriod, onLanguage }) => {
  const t = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.top}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Button size="small" appearance="subtle" onClick={onLanguage}>
          {t.language}
        </Button>
      </div>
      {backend ? (
        <Caption1 className={styles.mode} data-testid="mode">
          {backend.kind === "excel" ? t.modeExcel : t.modeBrowser}
        </Caption1>
      ) : null}
      {onPeriod ? <PeriodField period={period} onChange={onPeriod} /> : null}
    </header>
  );
};
