import { type CatalogueId, type ServiceDef, catalogueById } from "../catalogue";
import type { CellRange } from "../shared/grid";
import type { Period } from "../shared/period";
import type { ReportSheet } from "../shared/layout";
import { CONNECTION_CHOICES, CONNECTION_TEXT } from "../kinds/service/connection";
import { SERVICE_TEXT_COLUMNS, SERVICE_WIDTHS, ratioFormulaAt, serviceHeaderRows } from "../kinds/service/sheet";
import { slugify } from "../shared/normalize";
import { type UnitRegistry, defaultRegistry, findUnit } from "../units/registry";
import { type FormTemplateId, type ServiceTemplateId, FORM_CODES, FORM_VERSION, formMarker } from "../shared/formMarker";
import { type FormValidation, formHeading } from "./heading";

export type { FormValidation } from "./heading";
import { buildTaskFormBody } from "./taskForm";

/** A unit's form: a sheet layout plus what makes it a form (input cells, dropdowns, protection). */
export interface FormLayout {
  readonly template: FormTemplateId;
  readonly version: number;
  readonly unit: string;
  readonly period: Period;
  readonly sheet: ReportSheet;
  /** Cells the unit fills in: unlocked and shaded; everything else is locked. */
  readonly inputs: readonly CellRange[];
  /** Dropdown lists. */
  readonly validations: readonly FormValidation[];
  /** How many services or tasks the unit reports on. */
  readonly rowCount: number;
}

/** The services a unit reports (registry data); all of the catalogue for a unit the registry does not know. */
export function servicesOfUnit(unit: string, template: ServiceTemplateId, registry: UnitRegistry = defaultRegistry): ServiceDef[] {
  const cat = catalogueById(template as CatalogueId);
  const match = findUnit(registry, unit);
  const ids = new Set(match ? match.unit.services : /^(ubnd )?(xã|phường|thị trấn)/iu.test(unit) ? registry.communeServices : []);
  const own = cat.services.filter((s) => ids.has(s.id) || (s.parent !== undefined && ids.has(s.parent)));
  return own.length > 0 ? own : [...cat.services];
}

/**
 * Build the form for one unit: caption with unit and period, the official
 * header, and its service rows, or for `tasks` the plan tasks it reports on.
 */
export function buildForm(unit: string, template: FormTemplateId, period: Period, registry: UnitRegistry = defaultRegistry): FormLayout {
  if (template === "tasks") {
    return { template, version: FORM_VERSION, unit, period, ...buildTaskFormBody(unit, period, formMarker(template), registry) };
  }
  const cat = catalogueById(template as CatalogueId);
  const { rows, merges } = formHeading(
    unit,
    period,
    cat.title.map((t) => [t, "title"] as const),
    formMarker(template),
    SERVICE_WIDTHS.length,
  );
  rows.push([]);
  const header = serviceHeaderRows(rows.length);
  rows.push(...header.rows);
  merges.push(...header.merges);
  const freezeRows = rows.length;
  const inputs: CellRange[] = [];
  const validations: FormValidation[] = [];
  const services = servicesOfUnit(unit, template, registry);
  for (const s of services) {
    const r = rows.length;
    const x = r + 1;
    rows.push([
      { value: s.no, style: "textCenter" },
      { value: s.parent ? `- ${s.name}` : s.name, style: "text" },
      { value: null, style: "textCenter" },
      { value: null, style: "count" },
      { value: null, style: "count" },
      { value: null, style: "percent", formula: ratioFormulaAt(x) },
      { value: null, style: "count" },
      { value: null, style: "count" },
      { value: null, style: "text" },
    ]);
    inputs.push({ top: r, left: 2, bottom: r, right: 4 }, { top: r, left: 6, bottom: r, right: 8 });
    // Tổng hồ sơ, Trực tuyến, Đúng hạn, Quá hạn are counts: Excel refuses 4,5 or -5 as they are typed.
    validations.push(
      { range: { top: r, left: 3, bottom: r, right: 4 }, whole: { min: 0 } },
      { range: { top: r, left: 6, bottom: r, right: 7 }, whole: { min: 0 } },
    );
    validations.push({
      range: { top: r, left: 2, bottom: r, right: 2 },
      list: (s.connections?.includes("done") ? (["done", ...CONNECTION_CHOICES] as const) : CONNECTION_CHOICES).map(
        (c) => CONNECTION_TEXT[c],
      ),
    });
  }
  return {
    template,
    version: FORM_VERSION,
    unit,
    period,
    sheet: { name: "Báo cáo", rows, merges, widths: SERVICE_WIDTHS, freezeRows, textColumns: SERVICE_TEXT_COLUMNS },
    inputs,
    validations,
    rowCount: services.length,
  };
}

/** Forms for every unit at once (the pane's Đơn vị screen), one per unit. */
export function buildForms(
  units: readonly string[],
  template: FormTemplateId,
  period: Period,
  registry: UnitRegistry = defaultRegistry,
): FormLayout[] {
  return units.map((u) => buildForm(u, template, period, registry));
}

/** A file name for a unit's form: "bc06-dvc25-2026-09-so-tu-phap.xlsx", "bc06-nhiemvu-2026-09-cong-an-tinh.xlsx". */
export function formFileName(form: FormLayout): string {
  const slug = slugify(form.unit);
  return `bc06-${FORM_CODES[form.template].toLowerCase()}-${form.period.year}-${String(form.period.month).padStart(2, "0")}-${slug}.xlsx`;
}
