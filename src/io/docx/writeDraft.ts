import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { DraftBlock, ReportDraft } from "../../core/draft";

/**
 * The draft report as a Word document, laid out as Decree 30/2020/NĐ-CP sets administrative
 * documents: A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman,
 * 14 pt body, 13 pt header and signature blocks; page numbers centred in the top margin from the
 * second page on. Runs in Node and in the browser.
 */

export const DRAFT_FONT = "Times New Roman";
/** Half-points: 14 pt body, 13 pt for the header and signature blocks. */
const BODY = 28;
const BLOCK = 26;

export const DRAFT_PAGE = {
  /** A4 in millimetres. */
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
} as const;

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 1 twip short). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const textWidth = mm(DRAFT_PAGE.widthMm - DRAFT_PAGE.margins.leftMm - DRAFT_PAGE.margins.rightMm);

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text,
    font: DRAFT_FONT,
    size: s.size ?? BODY,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
  });

const centred = (text: string, s: RunStyle = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, s)] });

/** Justified body paragraph with a first-line indent, 6 pt after, line spacing 1.15. */
function bodyParagraph(text: string, s: RunStyle = {}, indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: mm(10) } : {},
    spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO },
    children: [run(text, s)],
  });
}

function block(b: DraftBlock): Paragraph {
  switch (b.kind) {
    case "heading":
      return bodyParagraph(b.text, { bold: true });
    case "subheading":
      return bodyParagraph(b.text, { bold: true });
    case "paragraph":
      return bodyParagraph(b.text);
    case "bullet":
      return bodyParagraph(`- ${b.text}`);
    case "placeholder":
      return bodyParagraph(b.text, { italics: true });
  }
}

/** A borderless two-column table: the header block and the signature block. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const l = Math.round(textWidth * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, margins: { left: 0, right: 0 } });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [l, textWidth - l],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, l), cell(right, textWidth - l)] })],
  });
}

function headerBlock(d: ReportDraft): Table {
  const [body, ...rest] = d.issuer;
  const left = [
    centred(body ?? "", { size: BLOCK }),
    ...rest.map((line, i) => centred(line, { size: BLOCK, bold: true, underline: i === rest.length - 1 }, i === rest.length - 1 ? 120 : 0)),
    centred(d.number, { size: BLOCK }),
  ];
  const right = [
    // Decree 30 sets the motto's first line at 12–13 pt; 12 keeps it on one line beside the issuer.
    centred(d.motto[0], { size: 24, bold: true }),
    centred(d.motto[1], { size: BODY, bold: true, underline: true }, 120),
    centred(d.placeDate, { size: BODY, italics: true }),
  ];
  return twoColumns(left, right, 0.38);
}

function signatureBlock(d: ReportDraft): Table {
  const [label, ...lines] = d.recipients;
  const left = [
    new Paragraph({ children: [run(label ?? "", { size: 24, bold: true, italics: true })] }),
    ...lines.map((l) => new Paragraph({ children: [run(l, { size: 22, italics: true })] })),
  ];
  const [who, ...more] = d.signature;
  const right = [centred(who ?? "", { size: BODY, bold: true }), ...more.map((l) => centred(l, { size: BLOCK, italics: true }))];
  return twoColumns(left, right, 0.5);
}

/** The .docx bytes of a draft. */
export async function writeDraft(d: ReportDraft): Promise<Uint8Array> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: DRAFT_FONT, size: BODY })],
      }),
    ],
  });
  const doc = new Document({
    title: d.subtitle,
    creator: d.issuer.join(" "),
    styles: { default: { document: { run: { font: DRAFT_FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(DRAFT_PAGE.widthMm), height: mm(DRAFT_PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mm(DRAFT_PAGE.margins.topMm),
              bottom: mm(DRAFT_PAGE.margins.bottomMm),
              left: mm(DRAFT_PAGE.margins.leftMm),
              right: mm(DRAFT_PAGE.margins.rightMm),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        // Decree 30: no number on the first page, then centred in the top margin.
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerBlock(d),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred(d.title, { bold: true }),
          centred(d.subtitle, { bold: true }, 240),
          ...d.blocks.map(block),
          new Paragraph({ children: [] }),
          signatureBlock(d),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
