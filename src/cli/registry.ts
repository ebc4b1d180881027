import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { type UnitRegistry, defaultRegistry, readText } from "../core";
import { REGISTRY_SHEET_NAME, registryFromRows } from "../core/units/registrySheet";
import { readGrid } from "../io/xlsx";

export class RegistryError extends Error {}

/**
 * The clerk's list of reporting units: a workbook with a "Đơn vị báo cáo"
 * sheet (as written by `baocao06 units` or kept by the add-in), or JSON.
 */
export async function loadRegistry(path: string | undefined): Promise<UnitRegistry> {
  if (!path) return defaultRegistry;
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) throw new RegistryError(`Không mở được danh sách đơn vị ${path}.`);
  if (/\.xlsx$/i.test(path)) {
    const result = await readGrid(basename(path), new Uint8Array(bytes));
    const sheet = result.ok ? (result.grid.sheets.find((s) => s.name === REGISTRY_SHEET_NAME) ?? result.grid.sheets[0]) : undefined;
    // Array.from, not map: rows of a sheet are sparse and map would keep the holes.
    const rows = sheet ? Array.from(sheet.rows, (r) => Array.from(r ?? [], (c) => readText(c))) : [];
    const registry = registryFromRows(rows, { units: [], communeServices: defaultRegistry.communeServices });
    if (registry.units.length === 0) {
      throw new RegistryError(
        `Không tìm thấy bảng \u201C${REGISTRY_SHEET_NAME}\u201D (cột \u201CMã đơn vị\u201D, \u201CTên đơn vị\u201D…) trong ${path}.`,
      );
    }
    return registry;
  }
  try {
    const data = JSON.parse(bytes.toString("utf8")) as UnitRegistry;
    if (!Array.isArray(data.units)) throw new Error("no units");
    return { communeServices: data.communeServices ?? defaultRegistry.communeServices, units: data.units };
  } catch {
    throw new RegistryError(
      `Không đọc được danh sách đơn vị ${path} (cần tệp .xlsx có trang \u201C${REGISTRY_SHEET_NAME}\u201D, hoặc JSON có trường "units").`,
    );
  }
}
