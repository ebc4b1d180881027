/**
 * How figures read in Vietnamese, in one place: thousands grouped by ".", decimals after ",",
 * trailing zeros dropped unless asked for. Every sheet, message, draft, summary and front end
 * formats through these, so a figure reads the same wherever the clerk meets it.
 * Deterministic: no Intl, so Node and every browser print the same text.
 */

/** Digits and separators of a non-negative number, without sign. */
function digits(abs: number, maxDecimals: number, minDecimals: number): string {
  if (!Number.isFinite(abs)) return String(abs);
  const fixed = abs.toFixed(maxDecimals);
  if (!/^\d+(\.\d+)?$/.test(fixed)) return fixed; // 1e21 and above: toFixed gives an exponent
  const [int, frac = ""] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const f = frac.replace(/0+$/, "").padEnd(Math.min(minDecimals, maxDecimals), "0");
  return f ? `${grouped},${f}` : grouped;
}

/**
 * "229.046", "2,5", "-1.234": at most `maxDecimals` decimals (rounded), at least `minDecimals`.
 * A value that rounds to zero is printed without a sign.
 */
export function formatNumber(n: number, maxDecimals = 0, minDecimals = 0): string {
  const text = digits(Math.abs(n), maxDecimals, minDecimals);
  return n < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A ratio as a percent: 0.8055 → "80,55%", 0.8 → "80%" (or "80,00%" with `minDecimals` 2). */
export function formatPercent(ratio: number, maxDecimals = 2, minDecimals = 0): string {
  return `${formatNumber(ratio * 100, maxDecimals, minDecimals)}%`;
}

/**
 * A difference of ratios in percentage points: 0.0125 → "1,25 điểm %";
 * `signed` writes "+1,25 điểm %" / "-1,25 điểm %".
 */
export function formatPoints(fraction: number, options: { readonly signed?: boolean; readonly maxDecimals?: number } = {}): string {
  const text = formatNumber(fraction * 100, options.maxDecimals ?? 2);
  const plus = options.signed && !text.startsWith("-") && /[1-9]/.test(text) ? "+" : "";
  return `${plus}${text} điểm %`;
}

/** An ISO date (yyyy-mm-dd) as printed: "05/10/2026". Text that is not an ISO date is returned as is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const two = (n: number) => String(n).padStart(2, "0");

/** A moment as the clerk's computer shows it (local time): "05/11/2026 10:20". */
export function formatDateTime(d: Date): string {
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A file size in megabytes with one decimal: 20 971 520 → "20,0 MB". */
export function formatSize(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 1, 1)} MB`;
}
