import { foldKey } from "../../shared/normalize";
import { type UnitDef, type UnitKind, type UnitRegistry, defaultRegistry, findUnit } from "../../units/registry";
import { PLAN_2026_TASKS, type PlanTask } from "./plan2026";

/**
 * Who a plan task names in its "Cơ quan chủ trì" / "Cơ quan phối hợp" cells:
 * registry units by name, whole groups ("Các sở, ban, ngành", "UBND cấp xã"),
 * and national bodies ("Bộ Công an"), which report to nobody here.
 */
export type PartyScope = "departments" | "communes";

export interface PlanParties {
  /** Registry ids of the units named. */
  readonly unitIds: readonly string[];
  readonly scopes: readonly PartyScope[];
  /** National bodies as printed: not provincial units, so the provincial co-operating unit answers for the task. */
  readonly national: readonly string[];
}

/** Spellings the plan uses for registry units that the registry does not list, by unit id. */
export const PLAN_UNIT_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  "so-khoa-hoc-cong-nghe": ["Khoa học và công nghệ", "Sở Khoa và Công nghệ"],
  "so-y-te": ["Y tế"],
  "bhxh-tinh": ["Bảo hiểm xã hội"],
  "ngan-hang-nha-nuoc": ["Ngân hàng Nhà nước Việt Nam Chi nhánh KV 7"],
};

/** A comma/semicolon-separated part naming a national body: "Bộ Tài chính", "Ban Cơ yếu Chính phủ". */
export const NATIONAL_PATTERNS: readonly RegExp[] = [/^bo /, /\bchinh phu\b/];

/**
 * Group phrases (folded), tried in order; each match is blanked before the
 * next. "…liên quan" names no one in particular, so it assigns nobody.
 */
export const GROUP_PHRASES: ReadonlyArray<{ readonly pattern: RegExp; readonly scopes: readonly PartyScope[] }> = [
  { pattern: /\bcac so(?: ban)?(?: nganh)? (?:co )?lien quan\b/g, scopes: [] },
  { pattern: /\bcac (?:don vi|co quan)(?: [a-z]+)*? (?:co )?lien quan\b/g, scopes: [] },
  // "Các sở, ngành, địa phương theo lĩnh vực", "các sở, ban, ngành, địa phương"
  { pattern: /\bcac so(?: ban)?(?: nganh)?(?: don vi cap tinh)? dia phuong\b/g, scopes: ["departments", "communes"] },
  { pattern: /\bcac so(?: ban)?(?: nganh)?(?: don vi cap tinh)?\b/g, scopes: ["departments"] },
  // "UBND cấp xã", "UBND xã, phường", "UBND xã đã hoàn thành số hóa …"
  { pattern: /\bubnd (?:cap xa|xa phuong|xa)\b/g, scopes: ["communes"] },
];

/** Registry kinds each group phrase covers: the power company is not a "sở, ngành". */
export const SCOPE_KINDS: Readonly<Record<PartyScope, readonly UnitKind[]>> = {
  departments: ["department", "police", "other"],
  communes: ["commune"],
};

/** Read a lead or co-operating cell of the plan. */
export function planParties(text: string, registry: UnitRegistry = defaultRegistry): PlanParties {
  const national: string[] = [];
  const kept: string[] = [];
  for (const part of text.split(/[;,]/)) {
    const key = foldKey(part);
    if (!key) continue;
    if (NATIONAL_PATTERNS.some((p) => p.test(key))) {
      national.push(part.trim());
      kept.push("|");
    } else kept.push(key);
  }
  // Parts are joined back with spaces, so a name that holds a comma ("Sở Văn hóa, Thể thao và Du lịch") still matches.
  let rest = ` ${kept.join(" ")} `;
  const scopes = new Set<PartyScope>();
  for (const { pattern, scopes: s } of GROUP_PHRASES) {
    rest = rest.replace(pattern, () => {
      s.forEach((x) => scopes.add(x));
      return " | ";
    });
  }
  const unitIds: string[] = [];
  for (const { id, key } of namesOf(registry)) {
    if (!rest.includes(` ${key} `)) continue;
    rest = rest.split(` ${key} `).join(" | ");
    if (!unitIds.includes(id)) unitIds.push(id);
  }
  return { unitIds, scopes: [...scopes], national };
}

const NAMES = new WeakMap<UnitRegistry, ReadonlyArray<{ id: string; key: string }>>();

/** Every name of every registry unit, folded, longest first so "Sở Khoa học và Công nghệ" wins over "Khoa học và công nghệ". */
function namesOf(registry: UnitRegistry): ReadonlyArray<{ id: string; key: string }> {
  let names = NAMES.get(registry);
  if (!names) {
    names = registry.units
      .flatMap((u) => [u.name, ...(u.aliases ?? []), ...(PLAN_UNIT_SPELLINGS[u.id] ?? [])].map((n) => ({ id: u.id, key: foldKey(n) })))
      .filter((n) => n.key)
      .sort((a, b) => b.key.length - a.key.length);
    NAMES.set(registry, names);
  }
  return names;
}

export type TaskRole = "lead" | "partner";

export interface UnitPlanTask {
  readonly task: PlanTask;
  /** Where the plan names the unit; where it is only covered by a group phrase, where that phrase stands. */
  readonly role: TaskRole;
  /** True when the unit is named; false when it is covered by "Các sở, ban, ngành" or "UBND cấp xã". */
  readonly named: boolean;
}

const PARTIES = new WeakMap<UnitRegistry, Map<string, PlanParties>>();

/** Forms for every commune read the same 66 cells again: parse each once per registry. */
function partiesCached(text: string, registry: UnitRegistry): PlanParties {
  let cache = PARTIES.get(registry);
  if (!cache) PARTIES.set(registry, (cache = new Map()));
  let parties = cache.get(text);
  if (!parties) cache.set(text, (parties = planParties(text, registry)));
  return parties;
}

function covers(parties: PlanParties, unit: UnitDef): { named: boolean } | null {
  if (parties.unitIds.includes(unit.id)) return { named: true };
  return parties.scopes.some((s) => SCOPE_KINDS[s].includes(unit.kind)) ? { named: false } : null;
}

/**
 * The plan tasks a reporting unit reports on: those where it is the provincial
 * lead or a co-operating unit, by name or as one of the departments/communes a
 * group phrase covers. Plan order. A unit the registry does not know has none.
 */
export function tasksForUnit(
  unitName: string,
  registry: UnitRegistry = defaultRegistry,
  tasks: readonly PlanTask[] = PLAN_2026_TASKS,
): UnitPlanTask[] {
  const match = findUnit(registry, unitName);
  if (!match) return [];
  const out: UnitPlanTask[] = [];
  for (const task of tasks) {
    const lead = covers(partiesCached(task.lead, registry), match.unit);
    const partner = covers(partiesCached(task.partners, registry), match.unit);
    if (!lead && !partner) continue;
    // Named beats covered: "Sở Tài chính" named as co-operating on a task "các sở, ban, ngành" lead is a partner there.
    const role: TaskRole = lead?.named ? "lead" : partner?.named ? "partner" : lead ? "lead" : "partner";
    out.push({ task, role, named: Boolean(lead?.named || partner?.named) });
  }
  return out;
}
