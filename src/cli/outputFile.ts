import { randomBytes } from "node:crypto";
import { mkdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** An --out the CLI refuses, or a write that failed; the message is for the clerk. */
export class OutputError extends Error {}

/** The real folder of a path that may not exist yet: its nearest existing ancestor, resolved, plus the rest. */
async function realFolder(dir: string): Promise<string> {
  const abs = resolve(dir);
  const real = await realpath(abs).catch(() => null);
  if (real) return real;
  const parent = dirname(abs);
  return parent === abs ? abs : join(await realFolder(parent), basename(abs));
}

/** Where a path lands: the file it resolves to (through symlinks), and the entry it names in its real folder. */
async function places(path: string): Promise<string[]> {
  const entry = join(await realFolder(dirname(path)), basename(path));
  const target = await realpath(path).catch(() => null);
  return target && target !== entry ? [entry, target] : [entry];
}

// Windows and macOS folders ignore case: "BaoCao.xlsx" and "baocao.xlsx" are one file there.
const same = (a: string, b: string) => dirname(a) === dirname(b) && basename(a).toLowerCase() === basename(b).toLowerCase();

/**
 * Refuse an output that is, or would replace, one of the inputs: the same
 * path, a symlink or hard link to it, or the same name in the input's folder.
 */
export async function refuseInputAsOutput(out: string, inputs: readonly string[], option = "--out"): Promise<void> {
  const outPlaces = await places(out);
  const outStat = await stat(out).catch(() => null);
  for (const input of inputs) {
    const inStat = await stat(input).catch(() => null);
    if (!inStat || inStat.isDirectory()) continue;
    const hardLink = outStat !== null && outStat.dev === inStat.dev && outStat.ino === inStat.ino;
    const inPlaces = await places(input);
    if (hardLink || outPlaces.some((o) => inPlaces.some((i) => same(o, i)))) {
      throw new OutputError(
        `Không ghi vào ${out}: đó là tệp đầu vào ${input}. Tệp của đơn vị không bao giờ bị ghi đè; hãy chọn tên khác cho ${option}.`,
      );
    }
  }
}

/** Refuse two outputs of one command that name the same file (the second would replace the first). */
export async function refuseSameOutput(a: { option: string; path: string }, b: { option: string; path: string }): Promise<void> {
  const pa = await places(a.path);
  const pb = await places(b.path);
  const sa = await stat(a.path).catch(() => null);
  const sb = await stat(b.path).catch(() => null);
  const hardLink = sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
  if (hardLink || pa.some((x) => pb.some((y) => same(x, y)))) {
    throw new OutputError(`Không ghi ${b.option} vào ${b.path}: đó cũng là tệp của ${a.option}. Hãy chọn hai tên khác nhau.`);
  }
}

/**
 * Write the whole file beside its destination, then rename it into place: a
 * failed or interrupted write never leaves half a workbook under the clerk's name.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const existing = await stat(path).catch(() => null);
    if (existing?.isDirectory()) throw new OutputError(`Không ghi được ${path}: đó là một thư mục.`);
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" ? "không có quyền ghi" : code === "ENOSPC" ? "ổ đĩa đầy" : (code ?? "lỗi ghi tệp");
    throw new OutputError(`Không ghi được ${path} (${why}); không có tệp nào bị ghi dở.`);
  }
}
