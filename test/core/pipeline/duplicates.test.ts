import { createHash } from "node:crypto";
import { consolidate, resolveDuplicates, serviceById, sha256Hex } from "../../../src/core";
import type { RowSpec } from "../../../scripts/lib/unitWorkbook";
import { roundTrip } from "../../support/xlsx";

const row = (id: string, total: string): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.name, connection: "Đã kết nối", total, online: "1", onTime: "1", overdue: "0" };
};
const report = (file: string, total: string, at?: string, hash = file) =>
  roundTrip(
    { unit: "UBND xã Quảng Phú", periodText: "tháng 10/2026", layout: "official", tables: [{ rows: [row("dvc25-09", total)] }] },
    {},
    file,
  ).then((s) => ({ ...s, contentHash: hash, ...(at ? { receivedAt: at } : {}) }));
const total = (c: ReturnType<typeof consolidate>) => c.tables.dvc25.rows.find((r) => r.service.id === "dvc25-09")!.total;

test("the fingerprint is SHA-256, the same as Node's", () => {
  for (const n of [0, 3, 55, 56, 64, 65, 1000, 70_000]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
    expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  }
});

test("the same bytes twice count once; the copy says which file it repeats", async () => {
  const a = await report("a.xlsx", "397", undefined, "h1");
  const b = { ...a, file: "b.xlsx", findings: [] };
  const c = consolidate([a, b]);
  expect(total(c)).toBe(397);
  expect(c.copies).toEqual([{ file: "b.xlsx", sameAs: "a.xlsx" }]);
  expect(c.findings.filter((f) => f.code === "DUPLICATE_FILE").map((f) => f.file)).toEqual(["b.xlsx"]);
});

test("a unit's two reports: the newer by its file date is summed, whatever the order; the clerk's latest pick overrides", async () => {
  const old = await report("lan-1.xlsx", "397", "2026-11-03T08:00:00Z");
  const fresh = await report("lan-2.xlsx", "400", "2026-11-05T08:00:00Z");
  for (const order of [
    [old, fresh],
    [fresh, old],
  ]) {
    const c = consolidate(order);
    expect(total(c)).toBe(400);
    expect(c.duplicates).toEqual([expect.objectContaining({ chosen: "lan-2.xlsx", by: "newer" })]);
    expect(c.findings.find((f) => f.code === "DUPLICATE_SUBMISSION")).toEqual(
      expect.objectContaining({ file: "lan-1.xlsx", severity: "warning" }),
    );
  }
  expect(total(consolidate([old, fresh], null, { picks: ["lan-1.xlsx"] }))).toBe(397);
  expect(total(consolidate([old, fresh], null, { picks: ["lan-1.xlsx", "lan-2.xlsx"] }))).toBe(400);
  // Without dates, the later file given.
  const undated = [await report("x.xlsx", "1"), await report("y.xlsx", "2")];
  expect(consolidate(undated).duplicates[0].by).toBe("order");
  expect(total(consolidate(undated))).toBe(2);
});

test("resolving twice gives the same findings, never doubled", async () => {
  const subs = [await report("lan-1.xlsx", "397", "2026-11-03T08:00:00Z"), await report("lan-2.xlsx", "400", "2026-11-05T08:00:00Z")];
  const once = resolveDuplicates(subs).all;
  expect(resolveDuplicates(once).all.map((s) => s.findings)).toEqual(once.map((s) => s.findings));
  expect(total(consolidate(once))).toBe(400);
});
