import { formatNumber } from "../../../core";
import { LIMITS, type TextCount, keepText, tooLarge } from "./limits";
import type { Package } from "./package";
import type { ZipEntry } from "./zip";

/** `_x000D_` and friends: how Office escapes characters XML cannot hold. */
export function decodeOfficeEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of one string item (`<si>` or an inline `<is>`): plain
 * `<t>` or the runs of rich text joined, phonetic guides (`<rPh>`) left out as
 * Excel shows them.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inText = false;
  }

  text(t: string): void {
    if (this.inText) this.parts.push(t);
  }

  /** The text, or undefined when the item had no `<t>` at all. */
  take(): string | undefined {
    const s = this.parts.length === 0 ? undefined : decodeOfficeEscapes(this.parts.join(""));
    this.parts = [];
    return s;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }
}

/**
 * The shared-string table, keeping only the items some read cell refers to:
 * the table can be far bigger than what the engine reads, and it is read after
 * the sheets so that only those are held.
 */
export function readSharedStrings(
  pkg: Package,
  entry: ZipEntry | undefined,
  wanted: ReadonlySet<number>,
  kept: TextCount,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!entry || wanted.size === 0) return out;
  let index = -1;
  let inItem = false;
  const item = new StringItem();
  pkg.parse(entry, {
    open(name) {
      if (name === "si") {
        index++;
        if (index >= LIMITS.maxSharedStrings) {
          throw tooLarge(`bảng chuỗi dùng chung có hơn ${formatNumber(LIMITS.maxSharedStrings)} chuỗi, vượt giới hạn.`);
        }
        inItem = wanted.has(index);
      } else if (inItem) item.open(name);
    },
    close(name) {
      if (name === "si") {
        if (inItem) {
          const text = item.take() ?? "";
          keepText(kept, text);
          out.set(index, text);
        }
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  return out;
}
