import {
  type ChartDrawing,
  type ReportWorkbook,
  type TargetChart,
  type UnitRegistry,
  defaultRegistry,
  drawTargetChart,
  registryFromRows,
  registryToRows,
  sha256Hex,
} from "../../core";
import { chartPng } from "./chartImage";
import { errorCount, loadXlsx, reportFileName, settingsFromJson, settingsToJson } from "./common";
import { downloadBytes } from "./download";
import { type FileStore, MemoryFileStore, openFileStore } from "./fileStore";
import type { ParseOutcome } from "./parseJob";
import type { Parser } from "./parser";
import type { Backend, ImportOptions, InputFile, LoadedState, PaneSettings, ProduceResult, Received, StartNotice } from "./types";

/** Shown at three quarters of its drawn size: about the width of an A4 landscape page. */
const chartSize = (d: ChartDrawing) => ({ width: Math.round(d.width * 0.75), height: Math.round(d.height * 0.75) });

const STORAGE = { settings: "baocao06.settings", registry: "baocao06.registry" };

function storageGet(key: string): unknown {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return v ? JSON.parse(v) : undefined;
  } catch {
    return undefined;
  }
}

function storageSet(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private windows may refuse storage; the session still works.
  }
}

/** Workers when the page can start them (the pane, any modern browser); the UI thread otherwise. */
async function defaultParser(): Promise<Parser> {
  if (typeof Worker !== "undefined") {
    try {
      const { workerPool } = await import(/* webpackChunkName: "parser" */ "./spawnParser");
      return workerPool();
    } catch {
      // A host that refuses workers: parse on the UI thread below.
    }
  }
  const { InlineParser } = await import(/* webpackChunkName: "xlsx" */ "./inlineParser");
  return new InlineParser();
}

interface Kept {
  readonly bytes: Uint8Array;
  readonly receivedAt: string;
  readonly fileDate?: string;
  readonly hash: string;
}

/** The submission carries the file's date and fingerprint: a unit's newer report is summed, the same file once. */
function receivedOf(file: string, kept: Kept, outcome: ParseOutcome): Received {
  const { cut } = outcome;
  const receivedAt = kept.receivedAt;
  const submission = { ...outcome.submission, receivedAt: kept.fileDate ?? receivedAt, contentHash: kept.hash };
  return {
    submission,
    sheets: [],
    ...(cut.length ? { cut } : {}),
    // A file's own date, not the moment it was dropped here: the clerk may open a week's mail at once.
    receipt: {
      unitId: submission.unit.id,
      unit: submission.unit.name,
      file,
      receivedAt: submission.receivedAt,
      errors: errorCount(submission.findings),
    },
  };
}

/**
 * The pane outside Office: received files are kept in this browser
 * (IndexedDB) and read in Web Workers; the report is downloaded.
 */
export class BrowserBackend implements Backend {
  readonly kind = "browser" as const;
  keeps: "browser" | "session" = "session";
  parallel = 1;
  parsing: "workers" | "inline" | undefined = undefined;
  private parser: Parser | null;
  private store: FileStore | null;
  private readonly files = new Map<string, Kept>();

  readonly notice?: StartNotice;

  constructor(options: { parser?: Parser; store?: FileStore; notice?: StartNotice } = {}) {
    if (options.notice) this.notice = options.notice;
    this.parser = options.parser ?? null;
    this.store = options.store ?? null;
  }

  private async ready(): Promise<{ parser: Parser; store: FileStore }> {
    this.parser ??= await defaultParser();
    this.parallel = this.parser.where === "workers" ? 4 : 1;
    this.parsing = this.parser.where;
    if (!this.store) {
      const opened = await openFileStore().catch(() => ({ store: new MemoryFileStore(), persistent: false }));
      this.store = opened.store;
      this.keeps = opened.persistent ? "browser" : "session";
    }
    return { parser: this.parser, store: this.store };
  }

  async load(): Promise<LoadedState> {
    const rows = storageGet(STORAGE.registry);
    const settings = settingsFromJson(storageGet(STORAGE.settings));
    const registry = Array.isArray(rows) ? registryFromRows(rows, defaultRegistry) : defaultRegistry;
    const { parser, store } = await this.ready();
    const stored = await store.list().catch(() => []);
    const options = { period: settings.period, registry };
    const received = await Promise.all(
      stored.map(async (f) => {
        const outcome = await parser.read(f.name, f.bytes, options);
        const kept: Kept = {
          bytes: f.bytes,
          receivedAt: f.receivedAt,
          hash: outcome.hash ?? sha256Hex(f.bytes),
          ...(f.fileDate ? { fileDate: f.fileDate } : {}),
        };
        this.files.set(f.name, kept);
        return receivedOf(f.name, kept, outcome);
      }),
    );
    return { settings, registry, received };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    storageSet(STORAGE.settings, settingsToJson(settings));
  }

  async saveRegistry(registry: UnitRegistry): Promise<void> {
    storageSet(STORAGE.registry, registryToRows(registry));
  }

  async importFile(file: InputFile, options: ImportOptions): Promise<Received> {
    const { parser, store } = await this.ready();
    options.onStage("read");
    const outcome = await parser.read(file.name, file.bytes, { period: options.settings.period, registry: options.registry }, () =>
      options.onStage("check"),
    );
    const receivedAt = new Date().toISOString();
    const fileDate = file.lastModified ? new Date(file.lastModified).toISOString() : undefined;
    // The hash comes from the worker that parsed the file: hashing 12 MB here would block the pane.
    const kept: Kept = { bytes: file.bytes, receivedAt, hash: outcome.hash ?? sha256Hex(file.bytes), ...(fileDate ? { fileDate } : {}) };
    this.files.set(file.name, kept);
    // Kept before it is shown as received: a reload right after still has it.
    await store.put({ name: file.name, bytes: file.bytes, receivedAt, ...(fileDate ? { fileDate } : {}) }).catch(() => {
      this.keeps = "session";
    });
    return receivedOf(file.name, kept, outcome);
  }

  async removeFile(file: string): Promise<void> {
    const { parser, store } = await this.ready();
    this.files.delete(file);
    parser.forget(file);
    await store.remove(file).catch(() => undefined);
  }

  cancelImports(): void {
    this.parser?.cancel();
  }

  async refresh(settings: PaneSettings, registry: UnitRegistry): Promise<Received[]> {
    const { parser } = await this.ready();
    const options = { period: settings.period, registry };
    return Promise.all([...this.files].map(async ([name, f]) => receivedOf(name, f, await parser.recheck(name, f.bytes, options))));
  }

  async produce(
    report: ReportWorkbook,
    chart: TargetChart | null,
    _received: readonly Received[],
    settings: PaneSettings,
  ): Promise<ProduceResult> {
    const xlsx = await loadXlsx();
    // exceljs cannot write a native chart: the browser paints the engine's drawing and the
    // picture goes over the chart's data sheet, where Excel mode draws its native chart.
    const drawing = chart ? drawTargetChart(chart) : null;
    const png = drawing ? await chartPng(drawing).catch(() => null) : null;
    const pictures = chart && drawing && png ? [{ sheet: chart.sheet.name, png, at: { row: 2, col: 4 }, ...chartSize(drawing) }] : [];
    const bytes = await xlsx.writeReport({ sheets: chart ? [...report.sheets, chart.sheet] : report.sheets }, pictures);
    const file = reportFileName(settings);
    downloadBytes(bytes, file);
    return { kind: "download", file };
  }
}
