/**
 * How much of a hostile file the reader inflates before refusing it, counted at the inflater
 * (fflate's, wrapped here to count its output): a part whose zip directory declares more than
 * may be read is refused from the directory, before any of it is inflated or parsed.
 */
import type { FlateStreamHandler, InflateOptions } from "fflate";
import { readGridSync } from "../../../src/io/xlsx";
import { deflateBomb, numberSheet } from "../../support/hostileWorkbooks";

const mockInflated = { bytes: 0 };

jest.mock("fflate", () => {
  const actual = jest.requireActual<typeof import("fflate")>("fflate");
  class CountingInflate extends actual.Inflate {
    constructor(cb?: FlateStreamHandler) {
      super((chunk, final) => {
        mockInflated.bytes += chunk.length;
        cb?.(chunk, final);
      });
    }
  }
  const inflateSync = (data: Uint8Array, opts?: InflateOptions) => {
    const out = actual.inflateSync(data, opts);
    mockInflated.bytes += out.length;
    return out;
  };
  return { ...actual, Inflate: CountingInflate, inflateSync };
});

/** The reader's verdict on `bytes` and the bytes it inflated to reach it. */
function readCounting(bytes: Uint8Array) {
  mockInflated.bytes = 0;
  const result = readGridSync("don-vi.xlsx", bytes);
  return { result, inflated: mockInflated.bytes };
}

const MB = 1024 * 1024;

test("a sheet within the limits is inflated whole (the count sees what is read)", async () => {
  const { result, inflated } = readCounting(await numberSheet(20_000, 40));
  expect(result.ok).toBe(true);
  expect(inflated).toBeGreaterThan(10 * MB);
});

test("a deflate bomb declaring 130 MB under the ratio check: refused without inflating it", async () => {
  const { result, inflated } = readCounting(await deflateBomb(9_500));
  expect(result).toMatchObject({ ok: false, code: "FILE_TOO_LARGE" });
  expect(!result.ok && result.reason).toMatch(/phần xl\/worksheets\/sheet1\.xml giải nén vượt giới hạn 100,0 MB/);
  // Only the workbook, its relationships and styles: a few kilobytes.
  expect(inflated).toBeLessThan(MB);
});

test("a legal sheet of 150 MB: refused at the part limit without parsing its cells", async () => {
  const { result, inflated } = readCounting(await numberSheet(187_000, 40));
  expect(result).toMatchObject({ ok: false, code: "FILE_TOO_LARGE" });
  expect(!result.ok && result.reason).toMatch(/giải nén vượt giới hạn 100,0 MB/);
  expect(inflated).toBeLessThan(MB);
});
