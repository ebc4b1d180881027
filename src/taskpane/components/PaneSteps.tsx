import * as React from "react";
import { type UnitRegistry, resolveDuplicates } from "../../core";
import { withReceivedDates } from "../backend/receipts";
import type { Backend, PaneSettings } from "../backend/types";
import { fill, useStrings } from "../strings";
import { useAnnounce } from "./Announcer";
import { ComputePanel } from "./ComputePanel";
import { FindingsPanel } from "./FindingsPanel";
import { ImportPanel } from "./ImportPanel";
import { MergePanel } from "./MergePanel";
import { SettingsPanel } from "./SettingsPanel";
import { type StepId, STEP_LABEL } from "./StepNav";
import { UnitsPanel } from "./UnitsPanel";
import type { PaneState } from "./usePaneState";
import { type BatchResult, useImports } from "./useImports";
import { useLeaveWarning } from "./useLeaveWarning";

export interface PaneStepsProps {
  readonly step: StepId;
  readonly steps: readonly StepId[];
  readonly onStep: (s: StepId) => void;
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly state: PaneState;
}

/**
 * Every step's panel, all mounted and only the current one shown: a step
 * change never loses a batch in progress, a filter, a result or an edit.
 */
export const PaneSteps: React.FC<PaneStepsProps> = ({ step, steps, onStep, backend, settings, registry, state }) => {
  const t = useStrings();
  const announce = useAnnounce();
  const [batch, setBatch] = React.useState<BatchResult | null>(null);
  const [unitFilter, setUnitFilter] = React.useState<string | null>(null);
  const [unsavedUnits, setUnsavedUnits] = React.useState(false);
  // One unit, one report per period: every step sees which files are left out and why.
  // The arrival dates the clerk gave count before anything is judged on time or newer.
  const received = React.useMemo(() => {
    const dated = withReceivedDates(state.received, settings.receivedDates);
    const all = resolveDuplicates(
      dated.map((r) => r.submission),
      settings.picks ?? [],
    ).all;
    return dated.map((r, i) => (all[i] === r.submission ? r : { ...r, submission: all[i] }));
  }, [state.received, settings.picks, settings.receivedDates]);
  const names = React.useRef(new Set<string>());
  names.current = new Set(received.map((r) => r.receipt.file));

  const imports = useImports({
    backend,
    settings,
    registry,
    t,
    receivedNames: () => names.current,
    onReceived: state.addReceived,
    onError: state.report,
    onBatchDone: (r) => {
      state.flushReceived();
      setBatch(r);
      announce(r.cancelled ? fill(t.importCancelled, { count: r.cancelled }) : fill(t.importDone, r));
    },
  });

  const { removeReceived, report } = state;
  const onRemove = React.useCallback(
    (file: string) => removeReceived(file).then(() => announce(fill(t.removed, { file })), report),
    [removeReceived, report, announce, t],
  );
  const onReceivedDate = React.useCallback(
    (file: string, day: string | null) => {
      const rest = Object.fromEntries(Object.entries(settings.receivedDates ?? {}).filter(([f]) => f !== file));
      state.saveSettings({ ...settings, receivedDates: day ? { ...rest, [file]: day } : rest }).catch(state.report);
    },
    [settings, state],
  );
  const onShow = React.useCallback(
    (file: string) => {
      setUnitFilter(file);
      onStep("validate");
    },
    [onStep],
  );

  useLeaveWarning(imports.busy || unsavedUnits || (backend.keeps === "session" && received.length > 0), t.leaveWarning);

  const panel = (id: StepId, content: React.ReactNode) =>
    steps.includes(id) ? (
      <section
        key={id}
        hidden={step !== id}
        aria-label={t[STEP_LABEL[id]] as string}
        data-testid={`panel-${id}`}
        data-parsing={backend.parsing}
      >
        {content}
      </section>
    ) : null;

  return (
    <>
      {panel(
        "import",
        <ImportPanel
          backend={backend}
          settings={settings}
          registry={registry}
          received={received}
          imports={imports}
          batch={batch}
          onRemove={onRemove}
          onShow={onShow}
          onReceivedDate={onReceivedDate}
        />,
      )}
      {panel(
        "validate",
        <FindingsPanel
          backend={backend}
          received={received}
          settings={settings}
          fileFilter={unitFilter}
          onFileFilter={setUnitFilter}
          onPeriod={(period) => state.saveSettings({ ...settings, period }).catch(state.report)}
          onPick={(file) =>
            state
              .saveSettings({ ...settings, picks: [...(settings.picks ?? []).filter((p) => p !== file), file] })
              .then(() => announce(fill(t.picked, { file })), state.report)
          }
          onRefresh={() => void state.refresh()}
          onError={state.report}
          active={step === "validate"}
        />,
      )}
      {panel("compute", <ComputePanel backend={backend} received={received} onDone={() => void state.refresh()} onError={state.report} />)}
      {panel("merge", <MergePanel backend={backend} received={received} settings={settings} registry={registry} onError={state.report} />)}
      {panel(
        "units",
        <UnitsPanel
          backend={backend}
          registry={registry}
          received={received}
          settings={settings}
          onDirty={setUnsavedUnits}
          onSave={(r) => state.saveRegistry(r)}
          onError={state.report}
        />,
      )}
      {panel(
        "settings",
        <SettingsPanel backend={backend} settings={settings} onSave={(s) => state.saveSettings(s)} onError={state.report} />,
      )}
    </>
  );
};
