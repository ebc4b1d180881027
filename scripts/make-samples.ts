/**
 * Writes samples/: one period's submissions (October 2026) from 32 units —
 * departments and communes — in the layouts real units use, a few with the
 * mistakes real units make, and one broken file. Deterministic: the same
 * files every run, so the demo and the tests see the same numbers.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type Catalogue, type ServiceDef, buildForm, catalogues, defaultRegistry } from "../src/core";
import { writeForm } from "../src/io/xlsx";
import { FIXED_DATE, type LayoutKind, type RowSpec, unitWorkbook } from "./lib/unitWorkbook";

const OUT = process.argv[2] ?? "samples";
const PERIOD_TEXT = "tháng 10/2026";

/** Small deterministic generator (mulberry32) so samples never change between runs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vietnamese thousands with dots, as units type them. */
const vn = (n: number) => n.toLocaleString("vi-VN");
const vnPct = (x: number) => `${(Math.round(x * 10000) / 100).toString().replace(".", ",")}%`;

type Mistake = (row: RowSpec, service: ServiceDef) => RowSpec;

interface UnitPlan {
  readonly file: string;
  readonly unit: string;
  readonly layout: LayoutKind;
  readonly services: readonly string[];
  readonly scale: number;
  readonly periodText?: string;
  /** Mistakes by service id. */
  readonly mistakes?: Readonly<Record<string, Mistake>>;
  /** Services the unit forgot. */
  readonly omit?: readonly string[];
}

function rowFor(service: ServiceDef, scale: number, next: () => number, asText: boolean): RowSpec {
  const total = Math.round(scale * (0.3 + next()));
  const online = Math.round(total * (0.55 + 0.45 * next()));
  const overdue = online > 20 && next() < 0.3 ? Math.round(online * 0.02) : 0;
  const onTime = online - overdue;
  const fmt = (n: number) => (asText ? vn(n) : n);
  return {
    no: service.no,
    name: service.parent ? `- ${service.name}` : service.name,
    connection: service.connections?.includes("done") ? "Đã thực hiện" : "Đã kết nối",
    total: fmt(total),
    online: fmt(online),
    ...(asText ? { ratio: total > 0 ? vnPct(online / total) : "0" } : {}),
    onTime: fmt(onTime),
    overdue: fmt(overdue),
    ...(next() < 0.15 ? { difficulties: "- Đường truyền chập chờn, phần mềm một cửa thường xuyên bảo trì." } : {}),
  };
}

/** Rows in catalogue order, with group captions and parent rows above sub-items. */
function rowsFor(catalogue: Catalogue, plan: UnitPlan, next: () => number): RowSpec[] {
  const wanted = new Set(plan.services.filter((id) => !plan.omit?.includes(id)));
  const rows: RowSpec[] = [];
  let group: string | undefined;
  for (const s of catalogue.services) {
    const hasWantedSub = catalogue.services.some((x) => x.parent === s.id && wanted.has(x.id));
    if (!wanted.has(s.id) && !hasWantedSub) continue;
    if (plan.layout === "official" && s.group && s.group !== group) {
      group = s.group;
      rows.push({ caption: true, no: s.group, name: catalogue.groups.find((g) => g.no === s.group)!.title });
    }
    if (hasWantedSub && !wanted.has(s.id)) {
      rows.push({ no: s.no, name: `${s.name}, cụ thể:`, connection: "Đã kết nối" });
      continue;
    }
    const row = rowFor(s, plan.scale, next, plan.layout !== "single");
    rows.push(plan.mistakes?.[s.id]?.(row, s) ?? row);
  }
  return rows;
}

const services = (id: string) => defaultRegistry.units.find((u) => u.id === id)!.services;

const departments: UnitPlan[] = [
  {
    file: "cong-an-tinh.xlsx",
    unit: "Công an tỉnh",
    layout: "official",
    services: services("cong-an-tinh"),
    scale: 9000,
    // The ratio was typed by hand and not updated.
    mistakes: { "dvc25-02": (r) => ({ ...r, ratio: "25,87%" }) },
  },
  { file: "so-tu-phap.xlsx", unit: "Sở Tư pháp", layout: "official", services: services("so-tu-phap"), scale: 900 },
  {
    file: "bhxh-tinh.xlsx",
    unit: "Bảo hiểm xã hội tỉnh",
    layout: "official",
    services: services("bhxh-tinh"),
    scale: 1200,
    // Online more than total: digits swapped.
    mistakes: { "dvc25-17": (r) => ({ ...r, total: "957", online: "975", ratio: "101,88%" }) },
  },
  { file: "thue-tinh.xlsx", unit: "Thuế tỉnh", layout: "official", services: services("thue-tinh"), scale: 3000 },
  {
    file: "so-nong-nghiep-moi-truong.xlsx",
    unit: "Sở Nông nghiệp và Môi trường",
    layout: "official",
    services: services("so-nong-nghiep-moi-truong"),
    scale: 1500,
    // "Chưa kết nối" yet records online: served on the provincial portal (a warning).
    mistakes: { "dvc422-20": (r) => ({ ...r, connection: "Chưa kết nối" }) },
  },
  {
    file: "so-giao-duc-dao-tao.xlsx",
    unit: "Sở Giáo dục và Đào tạo",
    layout: "single",
    services: services("so-giao-duc-dao-tao"),
    scale: 400,
  },
  { file: "so-noi-vu.xlsx", unit: "Sở Nội vụ", layout: "official", services: services("so-noi-vu"), scale: 800 },
  { file: "cong-ty-dien-luc.xlsx", unit: "Công ty Điện lực", layout: "official", services: services("cong-ty-dien-luc"), scale: 700 },
  { file: "so-y-te.xlsx", unit: "Sở Y tế", layout: "reordered", services: services("so-y-te"), scale: 100 },
  {
    file: "so-tai-chinh.xlsx",
    unit: "Sở Tài chính",
    layout: "official",
    services: services("so-tai-chinh"),
    scale: 2300,
    // A formula pointing at a deleted sheet.
    mistakes: { "dvc422-07": (r) => ({ ...r, onTime: { error: "#REF!" } }) },
  },
  { file: "toa-an-tinh.xlsx", unit: "Tòa án nhân dân tỉnh", layout: "single", services: services("toa-an-tinh"), scale: 60 },
];

const communeNames = [
  "phường Hạc Thành",
  "phường Hàm Rồng",
  "phường Sầm Sơn",
  "phường Bỉm Sơn",
  "phường Nghi Sơn",
  "phường Đông Tiến",
  "xã Quảng Phú",
  "xã Hoằng Hóa",
  "xã Hậu Lộc",
  "xã Nga Sơn",
  "xã Hà Trung",
  "xã Vĩnh Lộc",
  "xã Thọ Xuân",
  "xã Triệu Sơn",
  "xã Nông Cống",
  "xã Đông Sơn",
  "xã Yên Định",
  "xã Thiệu Hóa",
  "xã Cẩm Thủy",
  "xã Ngọc Lặc",
  "xã Bá Thước",
];

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const communes: UnitPlan[] = communeNames.map((n, i) => {
  const plan: UnitPlan = {
    file: `ubnd-${slug(n)}.xlsx`,
    unit: `UBND ${n}`,
    layout: (["single", "reordered", "official"] as const)[i % 3],
    services: defaultRegistry.communeServices,
    scale: 40 + 10 * (i % 5),
  };
  // A few communes with the mistakes that reach the clerk every month.
  if (n === "xã Hậu Lộc") return { ...plan, mistakes: { "dvc25-10": (r) => ({ ...r, total: "12a" }) } };
  if (n === "xã Nga Sơn") return { ...plan, periodText: "tháng 9/2026" };
  if (n === "xã Thọ Xuân") return { ...plan, omit: ["dvc25-16"] };
  if (n === "phường Sầm Sơn") return { ...plan, mistakes: { "dvc25-09": (r) => ({ ...r, onTime: 500, overdue: 3 }) } };
  return plan;
});

/** Results as units write them: a status phrase, then what was done. */
const TASK_RESULTS = [
  "Đã hoàn thành: đã ban hành văn bản hướng dẫn và triển khai tới các đơn vị.",
  "Đang thực hiện: đang phối hợp với Công an tỉnh rà soát, dự kiến hoàn thành đúng hạn.",
  "Đang triển khai, đã tổ chức 02 hội nghị tập huấn.",
  "Chưa hoàn thành do chưa được bố trí kinh phí.",
  "- Thường xuyên tuyên truyền trên cổng thông tin điện tử của đơn vị.",
];

/** A unit's tasks form for the period, filled in as the unit would: every third task left blank. */
async function filledTaskForm(unit: string, seed: number): Promise<Uint8Array> {
  const form = buildForm(unit, "tasks", { year: 2026, month: 10 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeForm(form)) as unknown as ExcelJS.Buffer);
  wb.created = wb.modified = FIXED_DATE;
  const ws = wb.worksheets[0];
  form.inputs.forEach((range, i) => {
    if ((i + seed) % 3 === 2) return;
    ws.getCell(range.top + 1, range.left + 1).value = TASK_RESULTS[(i + seed) % TASK_RESULTS.length];
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const plans = [...departments, ...communes];
  for (const [i, plan] of plans.entries()) {
    const next = rng(1000 + i);
    const tables = catalogues
      .map((cat) => ({ cat, rows: rowsFor(cat, plan, next) }))
      .filter((t) => t.rows.length > 0)
      .map(({ cat, rows }) => ({ title: [...cat.title], rows }));
    const bytes = await unitWorkbook({ unit: plan.unit, periodText: plan.periodText ?? PERIOD_TEXT, layout: plan.layout, tables });
    await writeFile(join(OUT, plan.file), bytes);
  }
  // Two units also report on their tasks of the 2026 plan, in the form BaoCao06 gave them.
  await writeFile(join(OUT, "nhiem-vu-so-khoa-hoc-cong-nghe.xlsx"), await filledTaskForm("Sở Khoa học và Công nghệ", 0));
  await writeFile(join(OUT, "nhiem-vu-van-phong-ubnd-tinh.xlsx"), await filledTaskForm("Văn phòng UBND tỉnh", 1));
  // What a clerk sometimes receives: a file that is not a workbook at all.
  await writeFile(join(OUT, "ubnd-xa-ba-thuoc-hong.xlsx"), "Tệp bị lỗi khi tải về từ thư điện tử.\n");
  process.stdout.write(`Đã tạo ${plans.length + 3} tệp mẫu trong ${OUT}/\n`);
}

void main();
