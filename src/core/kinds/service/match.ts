import { distance } from "fastest-levenshtein";
import type { Catalogue, ServiceDef } from "../../catalogue";
import { foldKey } from "../../shared/normalize";

/**
 * Matching a row's service name (and STT) to the catalogue. Real names drift:
 * ký/kí, typos ("khác hàng"), shortened names without the "(Thí điểm …)" tail,
 * a parent row that lists its sub-items after "cụ thể:".
 */

interface Entry {
  readonly service: ServiceDef;
  readonly keys: readonly string[];
}

export interface MatchIndex {
  readonly catalogue: Catalogue;
  readonly entries: readonly Entry[];
  readonly exact: ReadonlyMap<string, ServiceDef>;
}

export interface ServiceMatch {
  readonly service: ServiceDef;
  /** 1 exact … lower for fuzzy; for diagnostics and ties. */
  readonly score: number;
}

const PARENS = /\([^)]*\)/g;

const keyCache = new Map<string, readonly string[]>();

/** Name keys to try: as written, and without parenthesised tails. Memoised per name. */
function nameKeys(name: string): readonly string[] {
  let keys = keyCache.get(name);
  if (!keys) {
    if (keyCache.size > 20_000) keyCache.clear();
    keys = computeNameKeys(name);
    keyCache.set(name, keys);
  }
  return keys;
}

function computeNameKeys(name: string): string[] {
  let s = name.normalize("NFC").trim();
  s = s.replace(/^\s*(?:[-+*•]|[a-zđ]\))\s*/iu, "");
  // "Thăm viếng mộ liệt sĩ, cụ thể: - Cấp giấy …" names its parent before the colon.
  const colon = s.indexOf(":");
  if (colon > 0 && foldKey(s.slice(0, colon)).split(" ").length >= 3) s = s.slice(0, colon);
  const key = foldKey(s).replace(/ cu the$/, "");
  const bare = foldKey(s.replace(PARENS, " ")).replace(/ cu the$/, "");
  return key === bare ? [key] : [key, bare];
}

export function buildMatchIndex(catalogue: Catalogue): MatchIndex {
  const exact = new Map<string, ServiceDef>();
  const entries = catalogue.services.map((service) => {
    const keys = [...new Set([service.name, ...(service.aliases ?? [])].flatMap(nameKeys))];
    for (const k of keys) if (!exact.has(k)) exact.set(k, service);
    return { service, keys };
  });
  return { catalogue, entries, exact };
}

/** "1." → "1", "05" → "5", "5.1" → "5.1", "I" → "I". */
export function normaliseStt(stt: string): string {
  const s = stt.trim().replace(/[.)]+$/, "");
  if (/^\d+$/.test(s)) return String(Number(s));
  const m = /^(\d+)[.,](\d+)$/.exec(s);
  if (m) return `${Number(m[1])}.${Number(m[2])}`;
  return s.toUpperCase();
}

function words(k: string): number {
  return k ? k.split(" ").length : 0;
}

function scorePair(name: string, target: string): number {
  if (name === target) return 1;
  if (words(name) >= 3 && target.startsWith(`${name} `) && name.length >= target.length * 0.4) return 0.95;
  if (words(target) >= 2 && name.startsWith(`${target} `)) return 0.9;
  const longer = Math.max(name.length, target.length);
  if (Math.min(name.length, target.length) < longer * 0.6) return 0;
  return 1 - distance(name, target) / longer;
}

/**
 * Token-set similarity for names with words dropped or reordered ("… thành lập hộ kinh doanh"
 * without "nhóm thủ tục"): Dice over the two names' words, a word with one typo still counting.
 * Only a name whose own words almost all appear in the catalogue name qualifies, so a service
 * that merely shares "Đăng ký" or "Cấp giấy phép" with a catalogue row is refused.
 */
function tokenSetScore(name: string, target: string): number {
  const a = name.split(" ");
  if (a.length < 3) return 0;
  const left = target.split(" ");
  const b = left.length;
  let common = 0;
  for (const w of a) {
    const i = left.findIndex((x) => x === w || (w.length >= 4 && Math.abs(w.length - x.length) <= 1 && distance(w, x) <= 1));
    if (i < 0) continue;
    common++;
    left.splice(i, 1);
  }
  if (common / a.length < 0.9) return 0;
  return (2 * common) / (a.length + b);
}

const ACCEPT = 0.85;
const ACCEPT_WITH_STT = 0.7;

/**
 * Best catalogue service for a row, or null. `among` restricts the search
 * (to a parent's sub-items, say).
 */
export function matchService(
  index: MatchIndex,
  name: string,
  stt: string,
  among?: readonly ServiceDef[],
  exactOnly = false,
): ServiceMatch | null {
  const keys = nameKeys(name).filter(Boolean);
  if (keys.length === 0) return null;
  const allowed = among ? new Set(among.map((s) => s.id)) : null;
  for (const k of keys) {
    const hit = index.exact.get(k);
    if (hit && (!allowed || allowed.has(hit.id))) return { service: hit, score: 1 };
  }
  if (exactOnly) return null;
  const no = normaliseStt(stt);
  let best: ServiceMatch | null = null;
  for (const entry of index.entries) {
    if (allowed && !allowed.has(entry.service.id)) continue;
    let score = 0;
    for (const k of keys) for (const t of entry.keys) score = Math.max(score, scorePair(k, t), tokenSetScore(k, t));
    const sttMatches = no !== "" && entry.service.no === no;
    const threshold = sttMatches ? ACCEPT_WITH_STT : ACCEPT;
    const ranked = score + (sttMatches ? 0.05 : 0);
    if (score >= threshold && (!best || ranked > best.score)) best = { service: entry.service, score: ranked };
  }
  return best;
}
