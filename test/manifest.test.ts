/** The manifest checked offline (office-addin-manifest validate needs the network). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

function all(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) node.forEach((n) => all(n, visit));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      visit(k, v);
      all(v, visit);
    }
  }
}

test("manifest.xml is well-formed", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("every resid is defined exactly once and every defined resource is used", () => {
  const doc = parser.parse(xml);
  const used = new Set<string>();
  const defined: string[] = [];
  all(doc, (key, value) => {
    const items = Array.isArray(value) ? value : [value];
    for (const v of items) {
      if (!v || typeof v !== "object") continue;
      const o = v as Record<string, unknown>;
      if (typeof o["@resid"] === "string") used.add(o["@resid"]);
      if (/^bt:(Image|Url|String)$/.test(key) && typeof o["@id"] === "string") defined.push(o["@id"]);
    }
  });
  expect(used.size).toBeGreaterThan(5);
  expect(new Set(defined).size).toBe(defined.length);
  expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
  expect(defined.filter((id) => !used.has(id))).toEqual([]);
});

test("every ExecuteFunction name is registered in the commands code", () => {
  const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names.sort()).toEqual(["buildReportTables", "validateActiveSheet"]);
  const code = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
  for (const n of names) {
    expect(code).toContain(`Office.actions.associate("${n}", ${n})`);
    expect(code).toContain(`g.${n} = ${n};`);
  }
});

test("every icon and page the manifest points at exists in the source tree", () => {
  const urls = [...xml.matchAll(/DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  const sources: Record<string, string> = {
    "taskpane.html": "src/taskpane/taskpane.html",
    "index.html": "src/taskpane/taskpane.html",
    "commands.html": "src/commands/commands.html",
  };
  for (const u of urls) expect(existsSync(join(ROOT, sources[u] ?? u))).toBe(true);
  // The dialog the ribbon buttons open is copied by webpack too.
  expect(existsSync(join(ROOT, "src/commands/dialog.html"))).toBe(true);
});

test("the ribbon group and buttons speak Vietnamese, the base needs only ExcelApi 1.7, with ReadWriteDocument", () => {
  for (const label of ["Báo cáo Đề án 06", "Mở bảng tổng hợp", "Kiểm tra trang tính", "Tạo bảng báo cáo"])
    expect(xml).toContain(`DefaultValue="${label}"`);
  expect(xml).toContain('<OfficeTab id="TabHome">');
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
  expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(xml).toContain('<Host Name="Workbook"/>');
  for (const size of [16, 32, 80]) expect(xml).toMatch(new RegExp(`<bt:Image size="${size}" resid="Icon\\.${size}x${size}"/>`));
});
