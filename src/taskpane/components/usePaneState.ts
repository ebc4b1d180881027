import * as React from "react";
import type { UnitRegistry } from "../../core";
import { officeErrorMessage } from "../../io/office/errors";
import type { Backend, CommandOutcome, PaneSettings, Received } from "../backend/types";

export interface PaneState {
  readonly backend: Backend | null;
  readonly settings: PaneSettings | null;
  readonly registry: UnitRegistry | null;
  readonly received: readonly Received[];
  readonly error: string | null;
  readonly loading: boolean;
  /** Opening the workbook's state failed: the pane offers to try again. */
  readonly loadFailed: boolean;
  /** A ribbon button's outcome its dialog could not show; shown once. */
  readonly unshown: CommandOutcome | null;
  readonly dismissUnshown: () => void;
  readonly retryLoad: () => void;
  readonly report: (e: unknown) => void;
  readonly addReceived: (r: Received) => void;
  /** Applies the received files still waiting for the next batch, at once (end of an import). */
  readonly flushReceived: () => void;
  readonly removeReceived: (file: string) => Promise<void>;
  readonly saveSettings: (s: PaneSettings) => Promise<void>;
  readonly saveRegistry: (r: UnitRegistry) => Promise<void>;
  readonly refresh: () => Promise<void>;
}

/**
 * What the pane holds: the backend, settings, unit list and received files.
 * Received files arriving from several workers are applied in small batches,
 * so 175 files do not re-render the list 175 times.
 */
export function usePaneState(backendPromise: Promise<Backend>): PaneState {
  const [backend, setBackend] = React.useState<Backend | null>(null);
  const [settings, setSettings] = React.useState<PaneSettings | null>(null);
  const [registry, setRegistry] = React.useState<UnitRegistry | null>(null);
  const [received, setReceived] = React.useState<Received[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [loadFailed, setLoadFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  const [unshown, setUnshown] = React.useState<CommandOutcome | null>(null);
  const pending = React.useRef<Received[]>([]);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = React.useRef({ settings, registry });
  current.current = { settings, registry };

  React.useEffect(() => {
    let live = true;
    backendPromise
      .then(async (b) => {
        setBackend(b);
        setLoading(true);
        setLoadFailed(false);
        setError(null);
        const state = await b.load();
        if (!live) return;
        setSettings(state.settings);
        setRegistry(state.registry);
        setReceived([...state.received]);
        if (state.unshown) setUnshown(state.unshown);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(officeErrorMessage(e));
        setLoadFailed(true);
      })
      .finally(() => setLoading(false));
    return () => {
      live = false;
    };
  }, [backendPromise, attempt]);

  const retryLoad = React.useCallback(() => setAttempt((n) => n + 1), []);
  // Excel's refusals arrive as RichApi errors in English: the clerk reads what failed and what to do.
  const report = React.useCallback((e: unknown) => setError(officeErrorMessage(e)), []);

  const flushReceived = React.useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const batch = pending.current;
    pending.current = [];
    if (batch.length === 0) return;
    const names = new Set(batch.map((x) => x.receipt.file));
    setReceived((prev) => [...prev.filter((x) => !names.has(x.receipt.file)), ...batch]);
  }, []);

  const addReceived = React.useCallback(
    (r: Received) => {
      pending.current.push(r);
      if (timer.current === null) timer.current = setTimeout(flushReceived, 120);
    },
    [flushReceived],
  );

  const removeReceived = React.useCallback(
    async (file: string) => {
      await backend?.removeFile?.(file);
      setReceived((prev) => prev.filter((x) => x.receipt.file !== file));
    },
    [backend],
  );

  const refreshWith = React.useCallback(
    async (s: PaneSettings, reg: UnitRegistry) => {
      if (backend) setReceived(await backend.refresh(s, reg));
    },
    [backend],
  );

  const saveSettings = React.useCallback(
    async (s: PaneSettings) => {
      if (!backend) return;
      await backend.saveSettings(s);
      setSettings(s);
      const reg = current.current.registry;
      if (reg) await refreshWith(s, reg).catch(report);
    },
    [backend, refreshWith, report],
  );

  const saveRegistry = React.useCallback(
    async (r: UnitRegistry) => {
      if (!backend) return;
      await backend.saveRegistry(r);
      setRegistry(r);
      const s = current.current.settings;
      if (s) await refreshWith(s, r).catch(report);
    },
    [backend, refreshWith, report],
  );

  const refresh = React.useCallback(async () => {
    const { settings: s, registry: reg } = current.current;
    if (s && reg) await refreshWith(s, reg).catch(report);
  }, [refreshWith, report]);

  return {
    backend,
    settings,
    registry,
    received,
    error,
    loading,
    loadFailed,
    retryLoad,
    unshown,
    dismissUnshown: () => setUnshown(null),
    report,
    addReceived,
    flushReceived,
    removeReceived,
    saveSettings,
    saveRegistry,
    refresh,
  };
}
