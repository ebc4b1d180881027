import * as React from "react";
import type { UnitRegistry } from "../../core";
import { fileKind, uniqueFileName } from "../backend/fileKind";
import { Cancelled } from "../backend/parser";
import { type FileStatus, fileStatus } from "../backend/receipts";
import type { Backend, ImportStage, PaneSettings, Received } from "../backend/types";
import { type Strings, fill } from "../strings";

export type ItemStage = "queued" | ImportStage | "done" | "skipped" | "failed" | "rejected" | "cancelled";

/** One file of the current batch, as the progress list shows it. */
export interface ImportItem {
  readonly key: number;
  readonly name: string;
  readonly stage: ItemStage;
  readonly status?: FileStatus;
  readonly note?: string;
}

export type SameNameAnswer = "replace" | "keep" | "skip";

export interface Question {
  readonly kind: "same-name" | "replace-sheet";
  readonly file: string;
  /** The new name when both are kept, or the sheet to replace. */
  readonly other: string;
  readonly answer: (a: SameNameAnswer) => void;
}

export interface BatchResult {
  readonly count: number;
  readonly valid: number;
  readonly errors: number;
  readonly unreadable: number;
  readonly rejected: number;
  readonly cancelled: number;
}

export const FINISHED: ReadonlySet<ItemStage> = new Set(["done", "skipped", "failed", "rejected", "cancelled"]);

interface Options {
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly receivedNames: () => ReadonlySet<string>;
  readonly onReceived: (r: Received) => void;
  readonly onError: (e: unknown) => void;
  readonly onBatchDone: (result: BatchResult) => void;
  readonly t: Strings;
}

let nextKey = 1;

/**
 * The import queue of the pane: explains files it cannot read, asks about
 * same-name files, imports the rest (several at a time when parsing runs in
 * workers) with a stage per file, and can be stopped. Lives in the App, so a
 * tab switch never loses it.
 */
export function useImports(o: Options) {
  const [items, setItems] = React.useState<ImportItem[]>([]);
  // Stage changes arrive three times per file from several workers: they are applied to the state at
  // most every 100 ms, so 175 files re-render the pane tens of times, not hundreds.
  const current = React.useRef<ImportItem[]>([]);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = React.useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setItems(current.current);
  }, []);
  const [question, setQuestion] = React.useState<Question | null>(null);
  const stop = React.useRef(false);
  const latest = React.useRef(o);
  latest.current = o;
  const busy = items.some((i) => !FINISHED.has(i.stage));

  const ask = (kind: Question["kind"], file: string, other: string) =>
    new Promise<SameNameAnswer>((resolve) =>
      setQuestion({
        kind,
        file,
        other,
        answer: (a) => {
          setQuestion(null);
          resolve(a);
        },
      }),
    );

  const run = React.useCallback(
    async (files: readonly File[]) => {
      const { t } = latest.current;
      stop.current = false;
      const batch: ImportItem[] = files.map((f) => ({ key: nextKey++, name: f.name, stage: "queued" }));
      current.current = batch;
      flush();
      const set = (key: number, patch: Partial<ImportItem>) => {
        current.current = current.current.map((i) => (i.key === key ? { ...i, ...patch } : i));
        if (timer.current === null) timer.current = setTimeout(flush, 100);
      };

      // 1. What cannot be read is said at once; same names are asked about before anything starts.
      const todo: { item: ImportItem; file: File; name: string }[] = [];
      const taken = new Set(latest.current.receivedNames());
      for (let i = 0; i < files.length; i++) {
        const item = batch[i];
        const kind = fileKind(files[i].name);
        if (kind !== "xlsx") {
          set(item.key, { stage: "rejected", status: "unreadable", note: fill(t.kindMessage[kind], { file: files[i].name }) });
          continue;
        }
        let name = files[i].name;
        if (taken.has(name)) {
          const keepAs = uniqueFileName(name, taken);
          const a = await ask("same-name", name, keepAs);
          if (a === "skip") {
            set(item.key, { stage: "skipped" });
            continue;
          }
          if (a === "keep") name = keepAs;
        }
        taken.add(name);
        if (name !== item.name) set(item.key, { name });
        todo.push({ item, file: files[i], name });
      }

      // 2. Import, as many at a time as the backend can take.
      const result = { count: 0, valid: 0, errors: 0, unreadable: 0, rejected: files.length - todo.length, cancelled: 0 };
      const one = async ({ item, file, name }: (typeof todo)[number]) => {
        if (stop.current) {
          set(item.key, { stage: "cancelled" });
          result.cancelled++;
          return;
        }
        const { backend, settings, registry, onReceived, onError } = latest.current;
        try {
          set(item.key, { stage: "read" });
          const received = await backend.importFile(
            { name, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified },
            {
              settings,
              registry,
              onStage: (s) => set(item.key, { stage: s }),
              confirmReplace: async (sheet) => (await ask("replace-sheet", name, sheet)) === "replace",
            },
          );
          if (!received) {
            set(item.key, { stage: "skipped" });
            return;
          }
          onReceived(received);
          const status = fileStatus(received.submission);
          result.count++;
          if (status === "unreadable") result.unreadable++;
          else if (status === "errors") result.errors++;
          else result.valid++;
          const where = received.sheets.length ? fill(t.importedInto, { sheet: received.sheets.join(", ") }) : "";
          set(item.key, {
            stage: "done",
            status,
            note: [received.submission.unit.name, where, received.submission.error ?? ""].filter(Boolean).join(" · "),
          });
        } catch (e) {
          if (e instanceof Cancelled || stop.current) {
            set(item.key, { stage: "cancelled" });
            result.cancelled++;
            return;
          }
          set(item.key, { stage: "failed", status: "unreadable", note: e instanceof Error ? e.message : String(e) });
          onError(e);
        }
      };
      const width = Math.max(1, latest.current.backend.parallel ?? 1);
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(width, todo.length) }, async () => {
          while (next < todo.length) await one(todo[next++]);
        }),
      );
      flush();
      latest.current.onBatchDone(result);
    },
    [flush],
  );

  const cancel = React.useCallback(() => {
    stop.current = true;
    latest.current.backend.cancelImports?.();
  }, []);

  return { items, busy, question, run, cancel };
}
