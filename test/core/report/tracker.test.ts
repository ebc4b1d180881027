/**
 * The Đơn vị sheet tells the truth about who reported: every unit of the registry is listed for
 * the period with its standing, judged by each file's own date against the deadline (the 10th of
 * the next month by default), not by when the clerk happened to open the file.
 */
import {
  type ReportSheet,
  type Submission,
  SUBMISSIONS_SHEET_NAME,
  compileReport,
  defaultRegistry,
  defaultSettings,
} from "../../../src/core";
import { police } from "../../fixtures/policeTwoServices";

const period = { year: 2026, month: 9 };
const registry = {
  ...defaultRegistry,
  units: defaultRegistry.units.filter((u) => ["cong-an-tinh", "so-tu-phap", "thue-tinh"].includes(u.id) || u.name === "Sở Y tế"),
};

function trackerOf(sheet: ReportSheet): Map<string, (string | number | null)[]> {
  const at = sheet.rows.findIndex((r) => String(r[0]?.value ?? "").startsWith("TÌNH HÌNH NỘP BÁO CÁO THÁNG 9/2026"));
  expect(at).toBeGreaterThan(0);
  const out = new Map<string, (string | number | null)[]>();
  for (const row of sheet.rows.slice(at + 3))
    out.set(
      String(row[1]?.value),
      row.map((c) => (c?.value ?? null) as string | number | null),
    );
  return out;
}

async function submission(receivedAt: string, unit?: { id: string; name: string }): Promise<Submission> {
  const s = await police("tháng 9/2026");
  return { ...s, ...(unit ? { unit: { ...unit, known: true }, file: `${unit.id}.xlsx` } : {}), receivedAt };
}

test("every registry unit is listed: on time, late by its file's date, missing; the counts head the list", async () => {
  const onTime = await submission("2026-10-08T09:00:00+07:00");
  const late = await submission("2026-10-13T09:00:00+07:00", { id: "so-tu-phap", name: "Sở Tư pháp" });
  const compiled = compileReport([onTime, late], { ...defaultSettings, period }, { registry });
  const sheet = compiled.report.sheets.find((s) => s.name === SUBMISSIONS_SHEET_NAME)!;
  const rows = trackerOf(sheet);
  expect([...rows.keys()].sort()).toEqual(registry.units.map((u) => u.name).sort());
  expect(rows.get("Công an tỉnh")).toEqual([
    expect.any(Number),
    "Công an tỉnh",
    "cong-an.xlsx",
    "08/10/2026",
    "10/10/2026",
    0,
    null,
    "Đã nộp đúng hạn",
  ]);
  expect(rows.get("Sở Tư pháp")?.slice(2)).toEqual(["so-tu-phap.xlsx", "13/10/2026", "10/10/2026", 0, 3, "Nộp muộn"]);
  expect(rows.get("Thuế tỉnh")?.slice(2)).toEqual([null, null, "10/10/2026", null, null, "Chưa nộp"]);
  const summary = sheet.rows.find((r) => /^\d+ đơn vị: /.test(String(r[0]?.value ?? "")))?.[0]?.value;
  expect(summary).toBe("4 đơn vị: 1 đúng hạn, 1 nộp muộn, 0 có lỗi, 2 chưa nộp (hạn nộp 10/10/2026; ngày nhận là ngày của tệp).");
});

test("the deadline day of the settings is the one judged against, and errors come before timeliness", async () => {
  const s = await submission("2026-10-06T09:00:00+07:00");
  const withError: Submission = {
    ...s,
    findings: [...s.findings, { code: "NOT_A_NUMBER", severity: "error", file: s.file, message: "x" }],
  };
  const compiled = compileReport([withError], { ...defaultSettings, period, deadlineDay: 5 }, { registry });
  const rows = trackerOf(compiled.report.sheets.find((x) => x.name === SUBMISSIONS_SHEET_NAME)!);
  expect(rows.get("Công an tỉnh")?.slice(3)).toEqual(["06/10/2026", "05/10/2026", 1, 1, "Có lỗi, nộp muộn"]);
});

test("without a registry the sheet lists the files only, as before", async () => {
  const compiled = compileReport([await submission("2026-10-08T09:00:00+07:00")], { ...defaultSettings, period });
  const sheet = compiled.report.sheets.find((x) => x.name === SUBMISSIONS_SHEET_NAME)!;
  expect(sheet.rows.some((r) => String(r[0]?.value ?? "").startsWith("TÌNH HÌNH NỘP BÁO CÁO THÁNG"))).toBe(false);
});
