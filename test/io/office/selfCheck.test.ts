/**
 * The self-check "Kiểm tra tương thích" asks a real Excel what the strict double assumes. Run
 * against the double on each simulated host it must pass everything the host has (so the two
 * agree), skip what the host lacks, leave the workbook as it was, and report a refusal as a
 * failure of that probe only.
 */
import { SCRATCH_SHEET, runSelfCheck, selfCheckText } from "../../../src/io/office";
import { ExcelDouble, HOST_MATRIX, HOSTS, type Locale } from "../../support/excelDouble";

function setup(host = HOSTS.m365, locale: Locale = "en-US"): ExcelDouble {
  const d = new ExcelDouble({ host, locale, sheets: ["Sheet1", "Báo cáo"] });
  d.install();
  return d;
}

describe.each(HOST_MATRIX.flatMap((h) => (["en-US", "vi-VN"] as Locale[]).map((l) => [h.label, h, l] as const)))(
  "the self-check on %s (%s)",
  (_label, host, locale) => {
    it("passes every behaviour the host has, skips the rest, and removes its scratch sheet", async () => {
      const d = setup(host, locale);
      const before = d.sheetNames();
      const report = await runSelfCheck();
      const byId = Object.fromEntries(report.results.map((r) => [r.id, r.outcome]));
      expect(report.results.filter((r) => r.outcome === "fail")).toEqual([]);
      expect(byId["number-text"]).toBe("pass");
      expect(byId["text-format-first"]).toBe("pass");
      expect(byId["dash-text"]).toBe("pass");
      expect(byId.comments).toBe(d.supports("ExcelApi", "1.10") ? "pass" : "skipped");
      expect(byId["merged-quoting"]).toBe(d.supports("ExcelApi", "1.13") ? "pass" : "skipped");
      expect(report.excelApi).toBe(host.excelApi);
      expect(report.cleaned).toBe(true);
      expect(d.sheetNames()).toEqual(before);
    });
  },
);

describe("the self-check reports what it saw", () => {
  it("a refused request fails that probe only, and the scratch sheet still goes", async () => {
    const d = setup();
    // Sync 1 and 2 make the scratch sheet; sync 3 is the first probe's round trip.
    d.failAt(3, "GeneralException");
    const report = await runSelfCheck();
    expect(report.results[0]).toMatchObject({ id: "number-text", outcome: "fail" });
    expect(report.results[0].detail).toMatch(/GeneralException/);
    expect(report.results.slice(1).filter((r) => r.outcome === "fail")).toEqual([]);
    expect(d.sheetNames()).not.toContain(SCRATCH_SHEET);
  });

  it("a leftover scratch sheet from an interrupted run is replaced, not duplicated", async () => {
    const d = setup();
    d.addSheet(SCRATCH_SHEET).type([["cũ"]]);
    const report = await runSelfCheck();
    expect(report.results.every((r) => r.outcome !== "fail")).toBe(true);
    expect(d.sheetNames()).toEqual(["Sheet1", "Báo cáo"]);
  });

  it("the dialog probe passes on the dialog's self-test answer and fails on silence", async () => {
    setup();
    const ok = await runSelfCheck(async () => "selftest-ok");
    expect(ok.results.at(-1)).toMatchObject({ id: "dialog", outcome: "pass" });
    const silent = await runSelfCheck(async () => null);
    expect(silent.results.at(-1)).toMatchObject({ id: "dialog", outcome: "fail" });
  });

  it("the copied text names the host, the API level and each outcome in Vietnamese", async () => {
    setup(HOSTS.excel2019);
    const text = selfCheckText(await runSelfCheck(), "Excel PC 16.0");
    expect(text).toMatch(/ExcelApi 1\.7/);
    expect(text).toMatch(/\[BỎ QUA\] Ghi chú/);
    expect(text).toMatch(/\[ĐẠT\] Chữ số ghi vào ô General/);
  });
});
