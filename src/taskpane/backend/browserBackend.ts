import {
  type ReportWorkbook,
  type TargetChart,
  type UnitRegistry,
  type WorkbookGrid,
  defaultRegistry,
  readSubmission,
  registryFromRows,
  registryToRows,
  unreadableSubmission,
} from "../../core";
import { errorCount, loadXlsx, reportFileName, settingsFromJson, settingsToJson } from "./common";
import { downloadBytes } from "./download";
import type { Backend, ImportOptions, InputFile, LoadedState, PaneSettings, ProduceResult, Received } from "./types";

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

/** The pane outside Office: submissions live in memory, the report is downloaded. */
export class BrowserBackend implements Backend {
  readonly kind = "browser" as const;
  private readonly grids = new Map<string, { grid: WorkbookGrid | null; received: Received }>();

  async load(): Promise<LoadedState> {
    const rows = storageGet(STORAGE.registry);
    return {
      settings: settingsFromJson(storageGet(STORAGE.settings)),
      registry: Array.isArray(rows) ? registryFromRows(rows, defaultRegistry) : defaultRegistry,
      received: [],
    };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    storageSet(STORAGE.settings, settingsToJson(settings));
  }

  async saveRegistry(registry: UnitRegistry): Promise<void> {
    storageSet(STORAGE.registry, registryToRows(registry));
  }

  async importFile(file: InputFile, options: ImportOptions): Promise<Received> {
    options.onStage("read");
    const xlsx = await loadXlsx();
    const result = await xlsx.readGrid(file.name, file.bytes);
    options.onStage("check");
    const grid = result.ok ? result.grid : null;
    const submission = result.ok
      ? readSubmission(result.grid, { period: options.settings.period, registry: options.registry })
      : unreadableSubmission(file.name, result.code, result.reason);
    const received: Received = {
      submission,
      sheets: [],
      receipt: {
        unitId: submission.unit.id,
        unit: submission.unit.name,
        file: file.name,
        receivedAt: new Date().toISOString(),
        errors: errorCount(submission.findings),
      },
    };
    this.grids.set(file.name, { grid, received });
    return received;
  }

  async refresh(settings: PaneSettings, registry: UnitRegistry): Promise<Received[]> {
    const out: Received[] = [];
    for (const [file, entry] of this.grids) {
      if (!entry.grid) {
        out.push(entry.received);
        continue;
      }
      const submission = readSubmission(entry.grid, { period: settings.period, registry });
      const received: Received = {
        submission,
        sheets: [],
        receipt: {
          ...entry.received.receipt,
          unitId: submission.unit.id,
          unit: submission.unit.name,
          errors: errorCount(submission.findings),
        },
      };
      this.grids.set(file, { grid: entry.grid, received });
      out.push(received);
    }
    return out;
  }

  async produce(
    report: ReportWorkbook,
    chart: TargetChart | null,
    _received: readonly Received[],
    settings: PaneSettings,
  ): Promise<ProduceResult> {
    const xlsx = await loadXlsx();
    // exceljs cannot draw charts: the chart's data sheet goes in, Excel draws it in one click.
    const bytes = await xlsx.writeReport({ sheets: chart ? [...report.sheets, chart.sheet] : report.sheets });
    const file = reportFileName(settings);
    downloadBytes(bytes, file);
    return { kind: "download", file };
  }
}
