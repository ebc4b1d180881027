import type { ChartDrawing } from "../../core";

/**
 * Paint the engine's chart drawing on a canvas and return it as PNG bytes, at twice the
 * pixel size so it stays sharp when printed. Null where the browser has no 2D canvas.
 */
export async function chartPng(drawing: ChartDrawing, scale = 2): Promise<Uint8Array | null> {
  const canvas = document.createElement("canvas");
  canvas.width = drawing.width * scale;
  canvas.height = drawing.height * scale;
  const g = canvas.getContext("2d");
  if (!g) return null;
  g.scale(scale, scale);
  for (const s of drawing.shapes) {
    if (s.kind === "rect") {
      g.fillStyle = s.fill;
      g.fillRect(s.x, s.y, Math.max(s.w, 0), s.h);
    } else if (s.kind === "line") {
      g.strokeStyle = s.stroke;
      g.lineWidth = s.width;
      g.setLineDash(s.dashed ? [6, 4] : []);
      g.beginPath();
      g.moveTo(s.x1, s.y1);
      g.lineTo(s.x2, s.y2);
      g.stroke();
    } else {
      g.fillStyle = s.color;
      g.font = `${s.bold ? "bold " : ""}${s.size}px "Times New Roman", "Liberation Serif", serif`;
      g.textAlign = s.align;
      g.fillText(s.text, s.x, s.y);
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}
