import { defaultRegistry } from "../../../src/core";
import { fileKind, uniqueFileName } from "../../../src/taskpane/backend/fileKind";
import { BrowserBackend } from "../../../src/taskpane/backend/browserBackend";
import { MemoryFileStore } from "../../../src/taskpane/backend/fileStore";
import { InlineParser } from "../../../src/taskpane/backend/inlineParser";
import { fileStatus, receivedTotals, sortReceived } from "../../../src/taskpane/backend/receipts";
import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../../fixtures/seedTables";
import { en, vi } from "../../../src/taskpane/strings";

const police = seed2024Dvc25.filter((r) => [1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 20].includes(Number.parseInt(r.no ?? "0", 10)));
const justice = seed2024Dvc25.filter((r) => [9, 10, 11, 15, 16, 22].includes(Number.parseInt(r.no ?? "0", 10)));
const settings = { province: "Thanh Hóa", period: { year: 2024, month: 9 }, deadlineDay: 10 };
const stages: string[] = [];
const options = { settings, registry: defaultRegistry, onStage: (s: string) => stages.push(s), confirmReplace: async () => true };

describe("file types", () => {
  test("only .xlsx is read; .xls, .csv, .ods and the rest each get their own explanation", () => {
    expect(["a.xlsx", "B.XLSX", "a.xls", "a.csv", "a.ods", "a.xlsm", "a.pdf"].map(fileKind)).toEqual([
      "xlsx",
      "xlsx",
      "xls",
      "csv",
      "ods",
      "xlsm",
      "other",
    ]);
    for (const t of [vi, en]) for (const k of ["xls", "csv", "ods", "xlsm", "other"]) expect(t.kindMessage[k]).toMatch(/xlsx/);
    expect(vi.kindMessage.xls).toContain("Lưu thành");
  });

  test("a second file of the same name kept beside the first gets its own name", () => {
    expect(uniqueFileName("so-tu-phap.xlsx", new Set(["so-tu-phap.xlsx", "so-tu-phap (2).xlsx"]))).toBe("so-tu-phap (3).xlsx");
    expect(uniqueFileName("a.xlsx", new Set())).toBe("a.xlsx");
  });
});

describe("the browser page's received files", () => {
  test("a broken file ends red with its reason, a clean one green; the total line counts both and the missing units", async () => {
    const store = new MemoryFileStore();
    const backend = new BrowserBackend({ parser: new InlineParser(), store });
    await backend.load();
    const good = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows: police }] });
    const a = await backend.importFile({ name: "cong-an.xlsx", bytes: good }, options);
    const b = await backend.importFile({ name: "hong.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) }, options);
    expect(stages).toEqual(["read", "check", "read", "check"]);
    expect(fileStatus(b.submission)).toBe("unreadable");
    expect(b.submission.error).toBeTruthy();
    expect(["ok", "warnings"]).toContain(fileStatus(a.submission));
    expect(sortReceived([a, b]).map((r) => r.receipt.file)).toEqual(["hong.xlsx", "cong-an.xlsx"]);
    const totals = receivedTotals([a, b], defaultRegistry, settings.period, 10);
    expect(totals).toMatchObject({ files: 2, valid: 1, withErrors: 0, unreadable: 1 });
    expect(totals.missing).toBe(defaultRegistry.units.length - 1);
  });

  test("a reload keeps the received files, checked again with the settings of the time; a removed file stays removed", async () => {
    const store = new MemoryFileStore();
    const first = new BrowserBackend({ parser: new InlineParser(), store });
    await first.load();
    const bytes = await unitWorkbook({
      unit: "Sở Tư pháp",
      periodText: "tháng 9/2024",
      layout: "official",
      tables: [{ title: ["PHỤ LỤC I"], rows: justice }],
    });
    await first.importFile({ name: "tu-phap.xlsx", bytes }, options);
    await first.importFile(
      {
        name: "cong-an.xlsx",
        bytes: await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows: police }] }),
      },
      options,
    );
    await first.removeFile("cong-an.xlsx");

    const again = new BrowserBackend({ parser: new InlineParser(), store });
    const loaded = await again.load();
    expect(loaded.received.map((r) => r.receipt.file)).toEqual(["tu-phap.xlsx"]);
    expect(loaded.received[0].submission.unit.name).toBe("Sở Tư pháp");
    // Another period: the same grid checked again, now with a period mismatch.
    const refreshed = await again.refresh({ ...settings, period: { year: 2024, month: 10 } }, defaultRegistry);
    expect(refreshed[0].submission.findings.map((f) => f.code)).toContain("PERIOD_MISMATCH");
  });
});
