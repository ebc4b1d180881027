import { Body1, Button, Caption1, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ProbeOutcome } from "../../io/office/selfCheck";
import type { FileStatus } from "../backend/receipts";
import type { Backend, SelfCheckOutcome } from "../backend/types";
import { fill, useStrings } from "../strings";
import { StatusIcon } from "./StatusIcon";

/** Pass green, fail red, skipped amber: the file-status icons, each with its own shape. */
const PROBE_STATUS: Record<ProbeOutcome, FileStatus> = { pass: "ok", fail: "errors", skipped: "warnings" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "grid", gridTemplateColumns: "20px 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  detail: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * "Kiểm tra tương thích" (Excel only): tries, on a scratch sheet it removes, the Excel behaviours
 * BaoCao06 relies on and shows each one's outcome; the text can be copied for support.
 */
export const SelfCheckSection: React.FC<{ readonly backend: Backend; readonly onError: (e: unknown) => void }> = ({ backend, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<SelfCheckOutcome | null>(null);
  const [copied, setCopied] = React.useState(false);
  const text = React.useRef<HTMLTextAreaElement>(null);
  if (!backend.selfCheck) return null;
  const run = backend.selfCheck.bind(backend);

  const start = () => {
    setBusy(true);
    setCopied(false);
    run()
      .then(setOutcome, onError)
      .finally(() => setBusy(false));
  };
  // Clipboard access is not granted in every Office webview: select the text so Ctrl+C works.
  const copy = () => {
    if (!outcome) return;
    const select = () => text.current?.select();
    const clip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    (clip ? clip.writeText(outcome.text) : Promise.reject(new Error("no clipboard"))).then(() => setCopied(true), select);
  };
  const passed = outcome?.results.filter((r) => r.outcome === "pass").length ?? 0;
  const failed = outcome?.results.filter((r) => r.outcome === "fail").length ?? 0;

  return (
    <section className={styles.root} aria-labelledby="selfcheck-title" data-testid="selfcheck">
      <Subtitle2 as="h3" id="selfcheck-title">
        {t.selfCheck}
      </Subtitle2>
      <Body1>{t.selfCheckHint}</Body1>
      <div className={styles.actions}>
        <Button type="button" onClick={start} disabled={busy} data-testid="selfcheck-run">
          {busy ? t.selfCheckRunning : t.selfCheck}
        </Button>
        {outcome ? (
          <Button type="button" onClick={copy} data-testid="selfcheck-copy">
            {copied ? t.copied : t.copyResult}
          </Button>
        ) : null}
      </div>
      {outcome ? (
        <>
          <Body1 role="status" data-testid="selfcheck-summary">
            {fill(failed === 0 ? t.selfCheckAllPassed : t.selfCheckSomeFailed, {
              passed,
              failed,
              total: outcome.results.length,
              api: outcome.excelApi,
            })}
          </Body1>
          <ul className={styles.list}>
            {outcome.results.map((r) => (
              <li key={r.id} className={styles.item} data-testid="selfcheck-item" data-outcome={r.outcome}>
                <StatusIcon status={PROBE_STATUS[r.outcome]} label={t[`probe_${r.outcome}`]} />
                <div>
                  <Body1>{r.label}</Body1>
                  <Caption1 as="p" className={styles.detail}>
                    {r.detail}
                  </Caption1>
                </div>
              </li>
            ))}
          </ul>
          <Textarea ref={text} readOnly value={outcome.text} aria-label={t.copyResult} resize="vertical" />
        </>
      ) : null}
    </section>
  );
};
