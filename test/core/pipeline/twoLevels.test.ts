import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { buildReport, consolidate } from "../../../src/core";
import { readXlsxSubmission, writeReport } from "../../../src/io/xlsx";
import { seed2024Dvc422 } from "../../fixtures/seedTables";
import { seed2023TaskTable } from "../../fixtures/seedTasks";
import { textWorkbook } from "../../fixtures/textTables";

const TITLE_422 = ["TÌNH HÌNH TRIỂN KHAI CÁC DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg"];

async function unit(name: string, total1: string) {
  return readXlsxSubmission(
    `${name}.xlsx`,
    await unitWorkbook({
      unit: name,
      periodText: "tháng 9/2024",
      layout: "official",
      tables: [
        {
          title: TITLE_422,
          rows: [
            { no: "1", name: "Xác nhận thông tin về cư trú", connection: "Đã kết nối", total: total1, online: total1, onTime: total1 },
            ...seed2024Dvc422.filter((r) => !r.no || r.no === "5" || r.no === "6" || r.caption),
          ],
        },
      ],
    }),
  );
}

/** A consolidated workbook of some units, written and read back as a submission of the level above. */
async function level(file: string, units: Awaited<ReturnType<typeof unit>>[]) {
  const c = consolidate(units);
  return { c, read: await readXlsxSubmission(file, await writeReport(buildReport(c))) };
}

describe("two levels: a consolidated workbook is itself a submission", () => {
  test("merging two consolidated workbooks gives the sums, without double counting sub-items or totals", async () => {
    const north = await level("tong-hop-cum-bac.xlsx", [await unit("UBND xã Quảng Phú", "100"), await unit("UBND phường Hạc Thành", "20")]);
    const south = await level("tong-hop-cum-nam.xlsx", [await unit("UBND xã Hoằng Hóa", "5")]);
    const direct = consolidate([
      await unit("UBND xã Quảng Phú", "100"),
      await unit("UBND phường Hạc Thành", "20"),
      await unit("UBND xã Hoằng Hóa", "5"),
    ]);

    for (const s of [north.read, south.read]) {
      expect(s.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(s.tables.map((t) => t.catalogue).sort()).toEqual(["dvc25", "dvc422"]);
    }
    // The unit of a consolidated workbook is named after its file.
    expect(north.read.unit.name).toBe("tong-hop-cum-bac");
    expect(north.read.period).toEqual({ year: 2024, month: 9 });

    const top = consolidate([north.read, south.read]);
    const row = (id: string) => top.tables.dvc422.rows.find((r) => r.service.id === id)!;
    const want = (id: string) => direct.tables.dvc422.rows.find((r) => r.service.id === id)!;
    for (const id of ["dvc422-01", "dvc422-05", "dvc422-05.1", "dvc422-05.2", "dvc422-06", "dvc422-06.1", "dvc422-06.5"]) {
      expect({ id, total: row(id).total, online: row(id).online, onTime: row(id).onTime }).toEqual({
        id,
        total: want(id).total,
        online: want(id).online,
        onTime: want(id).onTime,
      });
    }
    expect(row("dvc422-01").total).toBe(125);
    // 05 = 05.1 + 05.2 = 3 × (176 + 128); counted once in the total.
    expect(row("dvc422-05").total).toBe(3 * 304);
    expect(top.tables.dvc422.total).toEqual(direct.tables.dvc422.total);
    // Untouched services stay unreported, not zero.
    expect(row("dvc422-13").total).toBeNull();
    expect(top.tables.dvc25.total.total).toBeNull();
  });

  test("task tables travel up a level too", async () => {
    const a = await readXlsxSubmission(
      "vp.xlsx",
      await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2023", tables: [seed2023TaskTable] }),
    );
    const lower = consolidate([a], null, { judgedAt: "2023-09-15" });
    const read = await readXlsxSubmission("tong-hop.xlsx", await writeReport(buildReport(lower)));
    expect(read.taskTables).toHaveLength(1);
    const top = consolidate([read], null, { judgedAt: "2023-09-15" });
    expect(top.tasks.map((t) => [t.group.title, t.no, t.deadline.due, t.onTimeStatus])).toEqual(
      lower.tasks.map((t) => [t.group.title, t.no, t.deadline.due, t.onTimeStatus]),
    );
  });
});
