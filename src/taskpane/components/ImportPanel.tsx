import { Body1, Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { UnitRegistry } from "../../core";
import type { Backend, ImportStage, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { ReplaceDialog } from "./ReplaceDialog";

export interface ImportPanelProps {
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly onReceived: (r: Received) => void;
  readonly onError: (e: unknown) => void;
}

type Stage = ImportStage | "queued" | "done" | "skipped" | "failed";
const PROGRESS: Record<Stage, number> = { queued: 0, read: 0.2, check: 0.5, copy: 0.8, done: 1, skipped: 1, failed: 1 };

interface FileState {
  readonly name: string;
  readonly stage: Stage;
  readonly note?: string;
}

interface Question {
  readonly sheet: string;
  readonly file: string;
  readonly answer: (replace: boolean) => void;
}

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXL,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    justifyContent: "center",
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    padding: 0,
    listStyleType: "none",
  },
  hidden: { display: "none" },
});

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export const ImportPanel: React.FC<ImportPanelProps> = ({ backend, settings, registry, onReceived, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const [files, setFiles] = React.useState<FileState[]>([]);
  const [question, setQuestion] = React.useState<Question | null>(null);
  const busy = files.some((f) => PROGRESS[f.stage] < 1);

  const stageText: Record<Stage, string> = {
    queued: "",
    read: t.stageRead,
    check: t.stageCheck,
    copy: t.stageCopy,
    done: t.stageDone,
    skipped: t.stageSkipped,
    failed: t.stageFailed,
  };

  const run = async (list: File[]) => {
    const xlsx = list.filter((f) => /\.xlsx$/i.test(f.name));
    if (xlsx.length === 0) return;
    setFiles(xlsx.map((f) => ({ name: f.name, stage: "queued" })));
    const set = (i: number, stage: Stage, note?: string) =>
      setFiles((prev) => prev.map((f, j) => (j === i ? { name: f.name, stage, note } : f)));
    // One file after the other: Excel applies one batch at a time anyway.
    for (let i = 0; i < xlsx.length; i++) {
      try {
        const received = await backend.importFile(
          { name: xlsx[i].name, bytes: await bytesOf(xlsx[i]) },
          {
            settings,
            registry,
            onStage: (s) => set(i, s),
            confirmReplace: (sheet, file) => new Promise<boolean>((answer) => setQuestion({ sheet, file, answer })),
          },
        );
        if (!received) {
          set(i, "skipped");
          continue;
        }
        onReceived(received);
        const errors = received.submission.findings.filter((f) => f.severity === "error").length;
        const where = received.sheets.length ? fill(t.importedInto, { sheet: received.sheets.join(", ") }) : "";
        set(
          i,
          "done",
          [
            received.submission.unit.name,
            where,
            fill(t.findingsOf, { count: received.submission.findings.length }),
            errors ? `${errors} ${t.errors.toLowerCase()}` : "",
          ]
            .filter(Boolean)
            .join(" · "),
        );
      } catch (e) {
        set(i, "failed", e instanceof Error ? e.message : String(e));
        onError(e);
      }
    }
  };

  const done = files.filter((f) => PROGRESS[f.stage] === 1).length;
  return (
    <div>
      <div
        className={over ? `${styles.drop} ${styles.over}` : styles.drop}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!busy) void run([...e.dataTransfer.files]);
        }}
      >
        <Body1>{t.dropHint}</Body1>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          {t.pickFiles}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          // Old .xls and .ods files may be picked too: each gets a finding that says how to save it as .xlsx.
          accept=".xlsx,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(e) => {
            const list = [...(e.target.files ?? [])];
            e.target.value = "";
            void run(list);
          }}
        />
      </div>
      {files.length > 0 ? (
        <>
          <Field label={fill(t.batchProgress, { done, total: files.length })} validationState="none">
            <ProgressBar value={done / files.length} data-testid="batch-progress" />
          </Field>
          <ul className={styles.list} data-testid="import-list">
            {files.map((f) => (
              <li key={f.name}>
                <Field label={`${f.name} — ${stageText[f.stage]}`} validationState={f.stage === "failed" ? "error" : "none"}>
                  <ProgressBar
                    value={PROGRESS[f.stage]}
                    color={f.stage === "failed" ? "error" : f.stage === "done" ? "success" : "brand"}
                  />
                </Field>
                {f.note ? <Caption1>{f.note}</Caption1> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ReplaceDialog
        sheet={question?.sheet ?? null}
        file={question?.file ?? ""}
        onAnswer={(replace) => {
          question?.answer(replace);
          setQuestion(null);
        }}
      />
    </div>
  );
};
