import { foldKey, slugify } from "../shared/normalize";

export type UnitKind = "department" | "commune" | "company" | "police" | "other";

/** A reporting unit and the services it usually reports. Data the clerk edits. */
export interface UnitDef {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** Other names, older names, abbreviations ("Sở TN&MT", "Sở Tài nguyên và Môi trường"). */
  readonly aliases?: readonly string[];
  /** Service ids this unit is expected to report. */
  readonly services: readonly string[];
}

export interface UnitRegistry {
  readonly units: readonly UnitDef[];
  /** Services expected from any commune/ward that is not listed by name. */
  readonly communeServices: readonly string[];
}

const ids = (prefix: string, nums: readonly number[]) => nums.map((n) => `${prefix}-${String(n).padStart(2, "0")}`);

/**
 * Default units (post-2025 names, older names as aliases) and who reports
 * what (DOMAIN.md §2.1). Communes are recognised by their "UBND xã/phường" name.
 */
export const defaultRegistry: UnitRegistry = {
  communeServices: ids("dvc25", [9, 10, 11, 15, 16]),
  units: [
    {
      id: "cong-an-tinh",
      name: "Công an tỉnh",
      kind: "police",
      services: [...ids("dvc25", [1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 20]), "dvc422-01"],
    },
    {
      id: "so-tu-phap",
      name: "Sở Tư pháp",
      kind: "department",
      services: [...ids("dvc25", [9, 10, 11, 15, 16, 22]), "dvc422-11"],
    },
    {
      id: "bhxh-tinh",
      name: "Bảo hiểm xã hội tỉnh",
      kind: "department",
      aliases: ["BHXH tỉnh"],
      services: [...ids("dvc25", [17]), ...ids("dvc422", [3, 4, 15])],
    },
    { id: "thue-tinh", name: "Thuế tỉnh", kind: "department", aliases: ["Cục Thuế tỉnh"], services: [...ids("dvc25", [18]), "dvc422-18"] },
    {
      id: "so-nong-nghiep-moi-truong",
      name: "Sở Nông nghiệp và Môi trường",
      kind: "department",
      aliases: ["Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT"],
      services: [...ids("dvc25", [19]), ...ids("dvc422", [9, 12, 17, 20, 21])],
    },
    {
      id: "so-giao-duc-dao-tao",
      name: "Sở Giáo dục và Đào tạo",
      kind: "department",
      aliases: ["Sở GD&ĐT", "Sở GDĐT"],
      services: [...ids("dvc25", [21]), "dvc422-02"],
    },
    {
      id: "so-noi-vu",
      name: "Sở Nội vụ",
      kind: "department",
      aliases: ["Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "Sở Lao động Thương binh và Xã hội"],
      services: [...ids("dvc25", [23]), "dvc422-05.1", "dvc422-05.2", "dvc422-10"],
    },
    {
      id: "cong-ty-dien-luc",
      name: "Công ty Điện lực",
      kind: "company",
      aliases: ["Điện lực tỉnh", "PC tỉnh"],
      services: [...ids("dvc25", [24, 25]), "dvc422-06.1", "dvc422-06.2", "dvc422-06.3", "dvc422-06.4", "dvc422-06.5", "dvc422-19"],
    },
    { id: "so-y-te", name: "Sở Y tế", kind: "department", services: ["dvc422-08", "dvc422-13"] },
    {
      id: "so-tai-chinh",
      name: "Sở Tài chính",
      kind: "department",
      aliases: ["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"],
      services: ["dvc422-07", "dvc422-22"],
    },
    { id: "toa-an-tinh", name: "Tòa án nhân dân tỉnh", kind: "other", services: ["dvc422-14", "dvc422-16"] },
    { id: "so-xay-dung", name: "Sở Xây dựng", kind: "department", aliases: ["Sở Giao thông vận tải"], services: [] },
    {
      id: "so-khoa-hoc-cong-nghe",
      name: "Sở Khoa học và Công nghệ",
      kind: "department",
      aliases: ["Sở Thông tin và Truyền thông"],
      services: [],
    },
    { id: "van-phong-ubnd-tinh", name: "Văn phòng UBND tỉnh", kind: "department", services: [] },
    { id: "trung-tam-phuc-vu-hcc", name: "Trung tâm Phục vụ hành chính công tỉnh", kind: "department", services: [] },
    { id: "ngan-hang-nha-nuoc", name: "Ngân hàng Nhà nước chi nhánh Khu vực 7", kind: "other", services: [] },
    { id: "so-cong-thuong", name: "Sở Công thương", kind: "department", services: [] },
    { id: "so-van-hoa", name: "Sở Văn hóa, Thể thao và Du lịch", kind: "department", services: [] },
    { id: "so-dan-toc-ton-giao", name: "Sở Dân tộc và Tôn giáo", kind: "department", services: [] },
  ],
};

const COMMUNE = /^(?:ubnd|uy ban nhan dan|ubnd cap) (?:xa|phuong|thi tran|dac khu) /;

export interface UnitMatch {
  readonly unit: UnitDef;
  /** True when the unit is not in the registry but recognised as a commune by its name. */
  readonly generic: boolean;
}

/** Find a registry unit named in `text` (a caption line, a file name). */
export function findUnit(registry: UnitRegistry, text: string): UnitMatch | null {
  const key = foldKey(text);
  if (!key) return null;
  let best: { unit: UnitDef; len: number } | null = null;
  for (const unit of registry.units) {
    for (const name of [unit.name, ...(unit.aliases ?? [])]) {
      const k = foldKey(name);
      if (k && (key === k || ` ${key} `.includes(` ${k} `)) && (!best || k.length > best.len)) {
        best = { unit, len: k.length };
      }
    }
  }
  if (best) return { unit: best.unit, generic: false };
  const m = COMMUNE.exec(key);
  if (m) {
    const name = communeName(text);
    return {
      unit: { id: `xa-${slugify(name)}`, name, kind: "commune", services: registry.communeServices },
      generic: true,
    };
  }
  return null;
}

/** "UBND xã Quảng Phú - báo cáo" → "UBND xã Quảng Phú". */
function communeName(text: string): string {
  const m = /((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn|đặc khu)\s+[^\n,;:()\-–_.]+)/iu.exec(
    text.normalize("NFC").replace(/_/g, " "),
  );
  // "Phường 3" is a name; "… tháng 10/2026", "… T10", "… báo cáo" are not part of it.
  const name = (m ? m[1] : text)
    .replace(/\s+(?:báo cáo|tháng|năm|kỳ|t\d{1,2}\b|\d{4}\b).*$/iu, "")
    .replace(/\s+/g, " ")
    .trim();
  return name === name.toUpperCase() ? titleCaseCommune(name) : name;
}

/** Captions are often upper case: "UBND XÃ QUẢNG PHÚ" → "UBND xã Quảng Phú". */
function titleCaseCommune(name: string): string {
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w, i, all) => {
      if (w === "ubnd") return "UBND";
      if (/^(xã|phường|thị|trấn|đặc|khu|ủy|uỷ|ban|nhân|dân)$/.test(w) && i < all.length - 1 && i <= 4)
        return i === 0 ? w[0].toUpperCase() + w.slice(1) : w;
      return w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
    })
    .join(" ");
}
