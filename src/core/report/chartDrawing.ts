import { formatPercent } from "../shared/format";
import type { TargetChart } from "./targetChart";

/**
 * The chart "online ratio by service against the year's target" as plain shapes in pixels,
 * so a front end without native charts (the browser page writes with exceljs, which cannot
 * draw one) can paint it as a picture and every painter draws the same chart.
 * Horizontal bars: the service names are long and read best on the left, as in the appendix.
 */
export type ChartShape =
  | { readonly kind: "rect"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string }
  | {
      readonly kind: "line";
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
      readonly dashed: boolean;
    }
  | {
      readonly kind: "text";
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly align: "left" | "right" | "center";
      readonly bold: boolean;
      readonly color: string;
    };

export interface ChartDrawing {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ChartShape[];
  /** One line per bar, for the picture's alternative text. */
  readonly description: string;
}

const WIDTH = 1000;
const LABEL_WIDTH = 430;
const BAR_LEFT = LABEL_WIDTH + 20;
const BAR_RIGHT = WIDTH - 70;
const ROW = 24;
const TOP = 70;
const COLOURS = { met: "#2E7D32", below: "#C62828", target: "#1F3864", grid: "#D0D0D0", text: "#000000" } as const;

const percent = (r: number): string => formatPercent(r, 1);
const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

interface Bar {
  readonly label: string;
  readonly ratio: number;
  readonly target: number;
}

function barsOf(chart: TargetChart): Bar[] {
  const bars: Bar[] = [];
  for (let r = chart.data.top + 1; r <= chart.data.bottom; r++) {
    const [label, ratio, target] = chart.sheet.rows[r] ?? [];
    if (typeof ratio?.value !== "number" || typeof target?.value !== "number") continue;
    bars.push({ label: String(label?.value ?? ""), ratio: ratio.value, target: target.value });
  }
  return bars;
}

export function drawTargetChart(chart: TargetChart): ChartDrawing {
  const bars = barsOf(chart);
  const height = TOP + bars.length * ROW + 50;
  const x = (ratio: number) => BAR_LEFT + (BAR_RIGHT - BAR_LEFT) * Math.min(Math.max(ratio, 0), 1);
  const shapes: ChartShape[] = [
    { kind: "rect", x: 0, y: 0, w: WIDTH, h: height, fill: "#FFFFFF" },
    { kind: "text", x: WIDTH / 2, y: 28, text: shorten(chart.title, 110), size: 16, align: "center", bold: true, color: COLOURS.text },
  ];
  const bottom = TOP + bars.length * ROW;
  for (let tick = 0; tick <= 100; tick += 20) {
    const tx = x(tick / 100);
    shapes.push({ kind: "line", x1: tx, y1: TOP - 6, x2: tx, y2: bottom, stroke: COLOURS.grid, width: 1, dashed: false });
    shapes.push({ kind: "text", x: tx, y: bottom + 18, text: `${tick}%`, size: 12, align: "center", bold: false, color: COLOURS.text });
  }
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    const met = bar.ratio >= bar.target;
    shapes.push({
      kind: "text",
      x: LABEL_WIDTH,
      y: y + ROW / 2 + 5,
      text: shorten(bar.label, 52),
      size: 13,
      align: "right",
      bold: false,
      color: COLOURS.text,
    });
    shapes.push({ kind: "rect", x: BAR_LEFT, y: y + 4, w: x(bar.ratio) - BAR_LEFT, h: ROW - 8, fill: met ? COLOURS.met : COLOURS.below });
    shapes.push({
      kind: "text",
      x: x(bar.ratio) + 4,
      y: y + ROW / 2 + 5,
      text: percent(bar.ratio),
      size: 12,
      align: "left",
      bold: false,
      color: COLOURS.text,
    });
  });
  // The target is the same for every service of the chart: one dashed line across, labelled once.
  const target = bars[0]?.target;
  if (target !== undefined) {
    const tx = x(target);
    shapes.push({ kind: "line", x1: tx, y1: TOP - 10, x2: tx, y2: bottom, stroke: COLOURS.target, width: 2, dashed: true });
    shapes.push({
      kind: "text",
      x: tx,
      y: TOP - 16,
      text: `Chỉ tiêu ${percent(target)}`,
      size: 12,
      align: "center",
      bold: true,
      color: COLOURS.target,
    });
  }
  shapes.push({
    kind: "text",
    x: BAR_LEFT,
    y: height - 8,
    text: "Xanh: đạt chỉ tiêu; đỏ: dưới chỉ tiêu.",
    size: 12,
    align: "left",
    bold: false,
    color: COLOURS.text,
  });
  const description = [chart.title, ...bars.map((b) => `${b.label}: ${percent(b.ratio)} (chỉ tiêu ${percent(b.target)})`)].join("\n");
  return { width: WIDTH, height, shapes, description };
}
