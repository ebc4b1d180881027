import { Badge, Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { UnitRegistry } from "../../core";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { StringsContext, en, vi } from "../strings";
import { ComputePanel } from "./ComputePanel";
import { FindingsPanel } from "./FindingsPanel";
import { ImportPanel } from "./ImportPanel";
import { MergePanel } from "./MergePanel";
import { SettingsPanel } from "./SettingsPanel";
import { UnitsPanel } from "./UnitsPanel";

export interface AppProps {
  readonly backend: Promise<Backend>;
}

type TabId = "import" | "validate" | "compute" | "merge" | "units" | "settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    margin: "0 auto",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1 },
});

export const App: React.FC<AppProps> = ({ backend: backendPromise }) => {
  const styles = useStyles();
  const [lang, setLang] = React.useState<"vi" | "en">("vi");
  const t = lang === "vi" ? vi : en;
  const [backend, setBackend] = React.useState<Backend | null>(null);
  const [settings, setSettings] = React.useState<PaneSettings | null>(null);
  const [registry, setRegistry] = React.useState<UnitRegistry | null>(null);
  const [received, setReceived] = React.useState<Received[]>([]);
  const [tab, setTab] = React.useState<TabId>("import");
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    window.baocao06FirstRender = Math.round(performance.now());
    console.log(`BaoCao06 first render ${window.baocao06FirstRender} ms`);
  }, []);

  React.useEffect(() => {
    let live = true;
    backendPromise
      .then(async (b) => {
        const state = await b.load();
        if (!live) return;
        setBackend(b);
        setSettings(state.settings);
        setRegistry(state.registry);
        setReceived([...state.received]);
      })
      .catch((e: unknown) => setError(String(e instanceof Error ? e.message : e)));
    return () => {
      live = false;
    };
  }, [backendPromise]);

  const report = React.useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const addReceived = React.useCallback((r: Received) => {
    setReceived((prev) => [...prev.filter((x) => x.receipt.file !== r.receipt.file), r]);
  }, []);
  const refresh = React.useCallback(
    async (s: PaneSettings, reg: UnitRegistry) => {
      if (!backend) return;
      setReceived(await backend.refresh(s, reg));
    },
    [backend],
  );

  const ready = backend && settings && registry;
  return (
    <StringsContext.Provider value={t}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <span className={styles.grow} />
          {backend ? (
            <Badge appearance="tint" color={backend.kind === "excel" ? "success" : "informative"} data-testid="mode">
              {backend.kind === "excel" ? t.modeExcel : t.modeBrowser}
            </Badge>
          ) : null}
          <Button size="small" appearance="subtle" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
            {t.language}
          </Button>
        </header>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="import">{t.tabImport}</Tab>
          <Tab value="validate">{t.tabValidate}</Tab>
          <Tab value="compute">{t.tabCompute}</Tab>
          <Tab value="merge">{t.tabMerge}</Tab>
          <Tab value="units">{t.tabUnits}</Tab>
          <Tab value="settings">{t.tabSettings}</Tab>
        </TabList>
        {error ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.errorPrefix}
              {error}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {!ready ? (
          <Spinner label={t.detecting} />
        ) : (
          <section aria-label={t[`tab${tab[0].toUpperCase()}${tab.slice(1)}` as keyof typeof t] as string}>
            {tab === "import" && (
              <ImportPanel backend={backend} settings={settings} registry={registry} onReceived={addReceived} onError={report} />
            )}
            {tab === "validate" && (
              <FindingsPanel
                backend={backend}
                received={received}
                onRefresh={() => refresh(settings, registry).catch(report)}
                onError={report}
              />
            )}
            {tab === "compute" && (
              <ComputePanel
                backend={backend}
                received={received}
                onDone={() => refresh(settings, registry).catch(report)}
                onError={report}
              />
            )}
            {tab === "merge" && (
              <MergePanel backend={backend} received={received} settings={settings} registry={registry} onError={report} />
            )}
            {tab === "units" && (
              <UnitsPanel
                backend={backend}
                registry={registry}
                received={received}
                settings={settings}
                onSaved={(r) => {
                  setRegistry(r);
                  refresh(settings, r).catch(report);
                }}
                onError={report}
              />
            )}
            {tab === "settings" && (
              <SettingsPanel
                backend={backend}
                settings={settings}
                onSaved={(s) => {
                  setSettings(s);
                  refresh(s, registry).catch(report);
                }}
                onError={report}
              />
            )}
          </section>
        )}
      </main>
    </StringsContext.Provider>
  );
};
