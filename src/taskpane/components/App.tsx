import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Period } from "../../core";
import type { Backend } from "../backend/types";
import { StringsContext, en, fill, vi } from "../strings";
import { Announcer } from "./Announcer";
import { PaneHeader } from "./PaneHeader";
import { PaneSteps } from "./PaneSteps";
import { StepNav, type StepId } from "./StepNav";
import { usePaneTheme } from "./usePaneTheme";
import { usePaneState } from "./usePaneState";

export interface AppProps {
  readonly backend: Promise<Backend>;
  /** While Excel does not answer: the clerk may go on in browser mode (said on screen). */
  readonly onUseBrowser?: () => void;
  /** How long to wait for Excel before offering browser mode. */
  readonly slowAfterMs?: number;
}

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    margin: "0 auto",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

/** The pane: header with the period, the steps, and every step's panel (kept mounted, so nothing is lost on a step change). */
export const App: React.FC<AppProps> = ({ backend: backendPromise, onUseBrowser, slowAfterMs = 10_000 }) => {
  const styles = useStyles();
  const [lang, setLang] = React.useState<"vi" | "en">("vi");
  const t = lang === "vi" ? vi : en;
  const state = usePaneState(backendPromise);
  const theme = usePaneTheme(state.backend?.kind ?? null);
  const [step, setStep] = React.useState<StepId>("import");
  const [slow, setSlow] = React.useState(false);
  React.useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);

  React.useEffect(() => {
    window.baocao06FirstRender = Math.round(performance.now());
    console.log(`BaoCao06 first render ${window.baocao06FirstRender} ms`);
  }, []);

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const { backend, settings, registry } = state;
  const ready = backend && settings && registry ? { backend, settings, registry } : null;
  // "Tính cột" only where it works: inside Excel.
  const steps: StepId[] = ["import", "validate", ...(backend?.compute ? (["compute"] as const) : []), "merge", "units", "settings"];

  return (
    <StringsContext.Provider value={t}>
      <FluentProvider theme={theme} className={styles.provider}>
        <Announcer>
          <main className={styles.root}>
            <PaneHeader
              backend={backend}
              period={settings?.period ?? null}
              onPeriod={ready ? (p: Period) => state.saveSettings({ ...ready.settings, period: p }) : null}
              onLanguage={() => setLang(lang === "vi" ? "en" : "vi")}
            />
            <StepNav steps={steps} selected={step} onSelect={setStep} />
            {backend?.notice ? (
              <MessageBar intent="warning" layout="multiline" data-testid="start-notice">
                <MessageBarBody>{backend.notice === "office-missing" ? t.officeMissing : t.browserChosen}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => window.location.reload()}>
                    {t.reloadPane}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            {!backend && slow && onUseBrowser ? (
              <MessageBar intent="warning" layout="multiline" data-testid="excel-slow">
                <MessageBarBody>{t.excelSlow}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={onUseBrowser} data-testid="use-browser">
                    {t.useBrowser}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            {state.unshown ? (
              <MessageBar intent="info" layout="multiline" data-testid="unshown-outcome">
                <MessageBarBody>
                  {fill(t.unshownOutcome, { title: state.unshown.title })}
                  {state.unshown.message}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={state.dismissUnshown}>
                    {t.dismiss}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            {state.error ? (
              <MessageBar intent="error" layout="multiline" data-testid="pane-error">
                <MessageBarBody>
                  {t.errorPrefix}
                  {state.error}
                </MessageBarBody>
                {state.loadFailed ? (
                  <MessageBarActions>
                    <Button size="small" onClick={state.retryLoad} data-testid="retry-load">
                      {t.retry}
                    </Button>
                  </MessageBarActions>
                ) : null}
              </MessageBar>
            ) : null}
            {ready ? (
              <PaneSteps
                step={step}
                steps={steps}
                onStep={setStep}
                backend={ready.backend}
                settings={ready.settings}
                registry={ready.registry}
                state={state}
              />
            ) : state.loadFailed ? null : (
              <Spinner label={state.loading ? t.reopening : backend ? t.detecting : t.waitingExcel} />
            )}
          </main>
        </Announcer>
      </FluentProvider>
    </StringsContext.Provider>
  );
};
