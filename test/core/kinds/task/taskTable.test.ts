import { readXlsxSubmission } from "../../../../src/io/xlsx";
import { seed2023TaskTable, seed2026TaskTable } from "../../../fixtures/seedTasks";
import { textWorkbook } from "../../../fixtures/textTables";

describe("task tables read from .xlsx", () => {
  test("9/2023 Phụ lục I: groups, numbers, deadlines and statuses", async () => {
    const bytes = await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2023", tables: [seed2023TaskTable] });
    const s = await readXlsxSubmission("vp-ubnd.xlsx", bytes);
    expect(s.findings.filter((f) => f.code === "TEMPLATE_NOT_RECOGNIZED")).toEqual([]);
    expect(s.period).toEqual({ year: 2023, month: 9 });
    expect(s.taskTables).toHaveLength(1);
    const rows = s.taskTables[0].rows;
    expect(rows.map((r) => `${r.group.title}|${r.no}`)).toEqual([
      "Đối với 18 nhiệm vụ chung|1",
      "Đối với 18 nhiệm vụ chung|3",
      "Đối với 18 nhiệm vụ chung|5",
      "Đối với 18 nhiệm vụ chung|8",
      "Đối với 18 nhiệm vụ chung|17",
      "Đối với 08 nhiệm vụ riêng|1",
      "Đối với 08 nhiệm vụ riêng|2",
      "Đối với 14 nhiệm vụ bổ sung|4",
      "Đối với 14 nhiệm vụ bổ sung|6",
      "Đối với 14 nhiệm vụ bổ sung|7",
      "Đối với 14 nhiệm vụ bổ sung|8",
      "Đối với 14 nhiệm vụ bổ sung|1",
    ]);
    expect(rows[0].deadline).toEqual({ kind: "date", raw: "Tháng 02/2023", due: "2023-02-28" });
    expect(rows[0].status).toBe("done");
    expect(rows[0].document).toMatch(/^Công văn số 209/);
    expect(rows[1].status).toBe("not_done");
    expect(rows[2].deadline.kind).toBe("recurring");
    expect(rows[3].deadline.kind).toBe("open");
    expect(rows[4].status).toBe("in_progress");
    // The result without a status phrase is an info finding at its cell.
    const unparsed = s.findings.filter((f) => f.code === "TASK_STATUS_UNPARSED");
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0].cell).toMatch(/^F\d+$/);
    expect(unparsed[0].severity).toBe("info");
    expect(s.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("2026 plan Phụ lục III with a result column: Roman groups, plan deadlines, an unknown phrase", async () => {
    const bytes = await textWorkbook({ unit: "Sở Nông nghiệp và Môi trường", periodText: "tháng 9/2026", tables: [seed2026TaskTable] });
    const s = await readXlsxSubmission("nnmt.xlsx", bytes);
    const rows = s.taskTables[0].rows;
    expect(rows).toHaveLength(9);
    expect(rows[0].group).toMatchObject({ no: "I" });
    expect(rows[0].lead).toBe("Bộ Công an");
    expect(rows[0].partners).toBe("Công an tỉnh");
    expect(rows[0].product).toBe("Văn bản tham gia ý kiến");
    expect(rows[0].result).toBe("");
    expect(rows.map((r) => r.deadline.due)).toEqual([
      null,
      "2026-12-31",
      "2026-12-31",
      "2026-12-31",
      "2026-06-30",
      "2026-09-30",
      null,
      "2026-09-30",
      null,
    ]);
    const bad = s.findings.filter((f) => f.code === "TASK_DEADLINE_UNPARSED");
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain("Khi nào xong");
    expect(bad[0].cell).toMatch(/^E\d+$/);
  });

  test("a task table and the next appendix on one sheet are read as two tables", async () => {
    const bytes = await textWorkbook({
      unit: "Văn phòng UBND tỉnh",
      periodText: "tháng 9/2026",
      tables: [seed2023TaskTable, seed2026TaskTable],
    });
    const s = await readXlsxSubmission("vp.xlsx", bytes);
    expect(s.taskTables.map((t) => t.rows.length)).toEqual([12, 9]);
  });
});
