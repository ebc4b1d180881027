import { formatNumber } from "../../../core";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CORRUPT, LIMITS, ReadStop, unreadable, tooLarge } from "./limits";
import { type ZipEntry, type ZipIndex, streamEntry } from "./zip";

/**
 * Events of one part, as a streaming XML parser (saxes) sees them: names
 * without their namespace prefix (writers differ: `x:row` and `row` are the
 * same element), attributes as written. Handlers keep only what they need.
 */
export interface XmlHandler {
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

/** An attribute by local name: `r:id`, `id`. */
export function attr(attrs: Readonly<Record<string, string>>, name: string): string | undefined {
  const own = attrs[name];
  if (own !== undefined) return own;
  for (const k of Object.keys(attrs)) if (local(k) === name) return attrs[k];
  return undefined;
}

/** Parse one zip entry as XML; returns the bytes inflated. Malformed XML, a DTD or an unknown entity stop the file. */
export function parsePart(zip: ZipIndex, entry: ZipEntry, handler: XmlHandler, budget: number): number {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (e) => {
    throw unreadable(`phần ${entry.name} không phải XML hợp lệ (${e.message.slice(0, 80)}); ${CORRUPT}`);
  });
  // Office never writes a DTD; one in a part is an entity attack (billion laughs, external entities).
  parser.on("doctype", () => {
    throw unreadable(`phần ${entry.name} chứa khai báo DTD, Excel không dùng; tệp bị từ chối vì an toàn.`);
  });
  parser.on("opentag", (tag) => handler.open(local(tag.name), (tag as SaxesTagPlain).attributes as Record<string, string>));
  parser.on("closetag", (tag) => handler.close(local(tag.name)));
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  let decoder: TextDecoder | null = null;
  let run = 0;
  const write = (s: string) => {
    // saxes buffers a text or a tag until it ends: refuse a run of XML with no tag in it before it is parsed.
    const tooLong = () =>
      tooLarge(`phần ${entry.name} có một đoạn dài hơn ${formatNumber(LIMITS.maxXmlRun)} ký tự liền không có thẻ XML nào.`);
    let at = s.indexOf("<");
    if (at < 0) run += s.length;
    else {
      let longest = run + at;
      for (let next = s.indexOf("<", at + 1); next >= 0; next = s.indexOf("<", at + 1)) {
        longest = Math.max(longest, next - at);
        at = next;
      }
      if (longest > LIMITS.maxXmlRun) throw tooLong();
      run = s.length - at;
    }
    if (run > LIMITS.maxXmlRun) throw tooLong();
    parser.write(s);
  };
  try {
    const n = streamEntry(
      zip,
      entry,
      (chunk) => {
        if (!decoder) {
          // Office writes UTF-8; UTF-16 with a byte-order mark is valid XML too.
          const bom = chunk.length >= 2 ? (chunk[0] << 8) | chunk[1] : 0;
          decoder = new TextDecoder(bom === 0xfffe ? "utf-16le" : bom === 0xfeff ? "utf-16be" : "utf-8");
        }
        write(decoder.decode(chunk, { stream: true }));
      },
      budget,
    );
    if (decoder) write((decoder as TextDecoder).decode());
    parser.close();
    return n;
  } catch (e) {
    if (e instanceof ReadStop) throw e;
    throw unreadable(`phần ${entry.name} không đọc được; ${CORRUPT}`);
  }
}
