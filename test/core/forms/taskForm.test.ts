import ExcelJS from "exceljs";
import { TASK_STATUS_CHOICES, buildForm, buildForms, consolidate, formFileName, parseFormMarker, parseTaskStatus } from "../../../src/core";
import { readXlsxSubmission, writeForm } from "../../../src/io/xlsx";

const SEP_2026 = { year: 2026, month: 9 };

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Task rows of a written form by "group caption|number", 1-based sheet rows. */
function taskRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  let group = "";
  ws.eachRow((row, n) => {
    const a = row.getCell(1).value;
    if (typeof a !== "string") return;
    if (/^[IVX]+$/.test(a)) group = String(row.getCell(2).value);
    else if (/^\d+$/.test(a) && group) out.set(`${group.replace(/ \(\d+ nhiệm vụ\)/, "")}|${a}`, n);
  });
  return out;
}

const KEY = {
  dictionary: "Hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng, dịch vụ số liên quan đến thông tin dân cư - Phụ lục II|2",
  blockchainII: "Mở rộng hạ tầng, hoàn thiện hệ sinh thái phục vụ tạo lập, kết nối, khai thác, bổ sung làm giàu dữ liệu - Phụ lục II|11",
  blockchainIII: "Mở rộng hạ tầng, hoàn thiện hệ sinh thái phục vụ tạo lập, kết nối, khai thác, bổ sung làm giàu dữ liệu - Phụ lục III|3",
  ioc: "Phục vụ công tác chỉ đạo, điều hành - Phụ lục III|2",
  digitalCitizen: "Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến - Phụ lục III|2",
};

async function filled(unit: string, results: Record<string, string>): Promise<Uint8Array> {
  const wb = await load(await writeForm(buildForm(unit, "tasks", SEP_2026)));
  const ws = wb.worksheets[0];
  const rows = taskRows(ws);
  for (const [key, text] of Object.entries(results)) {
    const r = rows.get(key);
    if (!r) throw new Error(`no row ${key} in the form of ${unit}`);
    ws.getCell(`G${r}`).value = text;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("tasks form", () => {
  test("the unit's plan tasks under their group captions, plan columns locked, result and note open, status list as a hint", async () => {
    const form = buildForm("Sở Khoa học và Công nghệ", "tasks", SEP_2026);
    expect(form.rowCount).toBe(45);
    expect(formFileName(form)).toBe("bc06-nhiemvu-2026-09-so-khoa-hoc-va-cong-nghe.xlsx");
    const wb = await load(await writeForm(form));
    const ws = wb.worksheets[0];
    expect(wb.title).toBe("BC06-NHIEMVU v1");
    expect(ws.getCell("A1").value).toBe("Đơn vị: Sở Khoa học và Công nghệ");
    expect(ws.getCell("A2").value).toBe("Kỳ báo cáo: tháng 9/2026");
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts).toContain("Mẫu: BC06-NHIEMVU v1");
    const rows = taskRows(ws);
    expect(rows.size).toBe(45);
    const r = rows.get(KEY.ioc)!;
    expect(ws.getCell(`B${r}`).value).toMatch(/^Hoàn thiện Trung tâm giám sát, điều hành thông minh \(IOC\)/);
    expect([ws.getCell(`C${r}`).value, ws.getCell(`D${r}`).value, ws.getCell(`E${r}`).value]).toEqual([
      "Sở Khoa học và Công nghệ",
      "Công an tỉnh",
      "Tháng 12/2026",
    ]);
    for (const col of "ABCDEF") expect(ws.getCell(`${col}${r}`).protection?.locked).not.toBe(false);
    expect(ws.getCell(`G${r}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`H${r}`).protection).toMatchObject({ locked: false });
    // A suggestion, not a restriction: the unit writes its own words after the status phrase.
    expect(ws.getCell(`G${r}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'],
      showInputMessage: true,
    });
    expect(ws.getCell(`G${r}`).dataValidation.showErrorMessage).toBeFalsy();
    expect(ws.getCell(`G${r}`).numFmt).toBe("@");
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    // Printed for signing: landscape at full size (the widths fit the page), the captions on every page.
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", scale: 100 });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.printTitlesRow).toBe("8:8");
    // Long task texts get taller rows instead of being cut off.
    expect(ws.getRow(r).height).toBeGreaterThan(30);
  });

  test("each offered status phrase is one the reader understands, and they differ", () => {
    expect(TASK_STATUS_CHOICES.map(parseTaskStatus)).toEqual(["done", "in_progress", "not_done"]);
    expect(parseFormMarker("Mẫu: BC06-NHIEMVU v1")).toEqual({ id: "tasks", version: 1 });
    expect(parseFormMarker("Mẫu: BC06-KHAC v1")).toBeNull();
  });

  test("filled in and read back: the task table, deadlines, statuses, the template, no errors", async () => {
    const bytes = await filled("Sở Khoa học và Công nghệ", {
      [KEY.ioc]: "Đang thực hiện: đã kết nối 3/5 hệ thống với IOC.",
      [KEY.dictionary]: "Đã hoàn thành: đã gửi danh mục dữ liệu dùng chung.",
      [KEY.digitalCitizen]: "=Chưa thực hiện, chờ hướng dẫn",
      [KEY.blockchainIII]: "Kết quả: đang khảo sát",
    });
    const s = await readXlsxSubmission("khcn.xlsx", bytes, { period: SEP_2026 });
    expect(s.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(s.unit.name).toBe("Sở Khoa học và Công nghệ");
    expect(s.period).toEqual(SEP_2026);
    expect(s.form).toEqual({ id: "tasks", version: 1 });
    expect(s.tables).toEqual([]);
    expect(s.taskTables).toHaveLength(1);
    const rows = s.taskTables[0].rows;
    expect(rows).toHaveLength(45);
    const at = (key: string) => rows.find((r) => `${r.group.title.replace(/ \(\d+ nhiệm vụ\)/, "")}|${r.no}` === key)!;
    expect(at(KEY.ioc)).toMatchObject({
      lead: "Sở Khoa học và Công nghệ",
      partners: "Công an tỉnh",
      status: "in_progress",
      result: "Đang thực hiện: đã kết nối 3/5 hệ thống với IOC.",
    });
    expect(at(KEY.ioc).deadline).toEqual({ kind: "date", raw: "Tháng 12/2026", due: "2026-12-31" });
    expect(at(KEY.dictionary)).toMatchObject({ status: "done", product: "Hệ thống Từ điển dữ liệu dùng chung." });
    expect(at(KEY.dictionary).deadline.kind).toBe("open");
    expect(at(KEY.digitalCitizen)).toMatchObject({ status: "not_done", result: "=Chưa thực hiện, chờ hướng dẫn" });
    expect(at(KEY.digitalCitizen).deadline.due).toBe("2026-09-30");
    expect(at(KEY.blockchainII).deadline.due).toBe("2028-03-31");
    expect(at(KEY.blockchainII)).toMatchObject({ result: "", status: null });
    expect(rows.every((r) => r.deadline.kind !== "unparsed" && r.deadline.kind !== "empty")).toBe(true);
    // A result without a status phrase is pointed out at its cell.
    const unparsed = s.findings.filter((f) => f.code === "TASK_STATUS_UNPARSED");
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0].cell).toBe(`G${at(KEY.blockchainIII).row + 1}`);
  });

  test("two units' forms merge on their shared task keeping both results; same text in the two appendices stays two tasks", async () => {
    const khcn = await readXlsxSubmission(
      "khcn.xlsx",
      await filled("Sở Khoa học và Công nghệ", {
        [KEY.dictionary]: "Đã hoàn thành: đã gửi danh mục dữ liệu.",
        [KEY.blockchainII]: "Đang thực hiện: phối hợp Bộ Công an thử nghiệm.",
        [KEY.blockchainIII]: "Chưa thực hiện.",
      }),
    );
    const ca = await readXlsxSubmission(
      "ca.xlsx",
      await filled("Công an tỉnh", { [KEY.dictionary]: "Đang thực hiện: rà soát trường dữ liệu dân cư." }),
    );
    const c = consolidate([khcn, ca], SEP_2026, { judgedAt: "2026-09-15" });
    const dictionary = c.tasks.filter((t) => t.task === "Phối hợp xây dựng Hệ thống Từ điển dữ liệu dùng chung.");
    expect(dictionary).toHaveLength(1);
    expect(dictionary[0].units.map((u) => [u.unit, u.result])).toEqual([
      ["Sở Khoa học và Công nghệ", "Đã hoàn thành: đã gửi danh mục dữ liệu."],
      ["Công an tỉnh", "Đang thực hiện: rà soát trường dữ liệu dân cư."],
    ]);
    expect(dictionary[0].status).toBe("in_progress");
    const blockchain = c.tasks.filter((t) => t.task === "Triển khai và ứng dụng nền tảng chuỗi khối quốc gia.");
    expect(blockchain.map((t) => [t.group.no, t.no, t.units[0].result])).toEqual([
      ["V", "11", "Đang thực hiện: phối hợp Bộ Công an thử nghiệm."],
      ["V", "3", "Chưa thực hiện."],
    ]);
    // II.11 is Sở Khoa học và Công nghệ's alone; III.V.3 is Công an tỉnh's too.
    expect(blockchain.map((t) => t.units.map((u) => u.unit))).toEqual([
      ["Sở Khoa học và Công nghệ"],
      ["Sở Khoa học và Công nghệ", "Công an tỉnh"],
    ]);
  });

  // Regression: II.22 and II.24 of the plan share their first ~100 characters; they once merged into
  // one task holding two rows of the same file.
  test("two different tasks of one form with similar texts stay two tasks", async () => {
    const s = await readXlsxSubmission("all.xlsx", await writeForm(buildForm("Ban Quản lý dự án ABC", "tasks", SEP_2026)));
    expect(s.taskTables[0].rows).toHaveLength(66);
    expect(consolidate([s], SEP_2026).tasks).toHaveLength(66);
  });

  test("a commune gets the tasks of 'UBND cấp xã'; an unknown unit gets the whole plan; a unit without tasks an empty table", () => {
    const [xa, unknown, power] = buildForms(["UBND xã Quảng Phú", "Ban Quản lý dự án ABC", "Công ty Điện lực"], "tasks", SEP_2026);
    expect([xa.rowCount, unknown.rowCount, power.rowCount]).toEqual([31, 66, 0]);
    expect(xa.inputs).toHaveLength(31);
  });
});
