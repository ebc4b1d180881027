import { type Submission, unitStandings, defaultRegistry } from "../../../src/core";
import { receivedMoment, withReceivedDates } from "../../../src/taskpane/backend/receipts";
import type { Received } from "../../../src/taskpane/backend/types";

const received = (file: string, receivedAt: string): Received => ({
  submission: { file, receivedAt, unit: { id: "cong-an-tinh", name: "Công an tỉnh", known: true }, findings: [] } as unknown as Submission,
  receipt: { unitId: "cong-an-tinh", unit: "Công an tỉnh", file, receivedAt, errors: 0 },
  sheets: [],
});

test("a date the clerk gives replaces the file's own date in the receipt and the submission, on that day whatever the time zone", () => {
  const [r] = withReceivedDates([received("cong-an.xlsx", "2026-10-08T02:30:00.000Z")], { "cong-an.xlsx": "2026-10-14" });
  expect(r.receipt.receivedAt).toBe(receivedMoment("2026-10-14"));
  expect(r.submission.receivedAt).toBe(r.receipt.receivedAt);
  expect(new Date(r.receipt.receivedAt).getDate()).toBe(14);
  const period = { year: 2026, month: 9 };
  expect(unitStandings(defaultRegistry, [received("cong-an.xlsx", "2026-10-08T02:30:00.000Z").receipt], period, 10)[0].status).toBe(
    "on_time",
  );
  expect(unitStandings(defaultRegistry, [r.receipt], period, 10)[0].status).toBe("late");
});

test("files without a given date keep their own", () => {
  const files = [received("a.xlsx", "2026-10-01T00:00:00.000Z")];
  expect(withReceivedDates(files, { "b.xlsx": "2026-10-20" })).toEqual(files);
});
