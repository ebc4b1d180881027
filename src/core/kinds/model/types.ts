import type { CellRange } from "../../shared/grid";

export type ModelColumn = "stt" | "model" | "results" | "difficulties" | "effectiveness" | "funding" | "replicate" | "note";

export interface ModelGroup {
  /** Roman numeral as printed: "I" … "V". */
  readonly no: string;
  readonly title: string;
}

/** The free-text columns of a model row. */
export interface ModelTexts {
  /** Kết quả triển khai, without the progress phrase. */
  readonly results: string;
  readonly difficulties: string;
  /** Đánh giá hiệu quả, giá trị tiện ích mang lại và tiết kiệm. */
  readonly effectiveness: string;
  /** Kinh phí đầu tư. */
  readonly funding: string;
  /** Có tiếp tục nhân rộng không. */
  readonly replicate: string;
}

export interface ModelRowRead extends ModelTexts {
  readonly sheet: string;
  readonly row: number;
  readonly group: ModelGroup;
  readonly no: string;
  /** "Mô hình 6: Khám chữa bệnh sử dụng thẻ CCCD và VNeID" as written. */
  readonly model: string;
  /** Model number in the national list ("Mô hình 6" → "6"), when written. */
  readonly modelNo: string | null;
  /** "Đánh giá tiến độ: …" taken out of the results. */
  readonly progress: string;
  readonly cell: string;
}

export interface ModelTable {
  readonly kind: "models";
  readonly sheet: string;
  readonly header: CellRange;
  readonly columns: Readonly<Partial<Record<ModelColumn, number>>>;
  readonly rows: readonly ModelRowRead[];
}

export interface ModelUnitText extends ModelTexts {
  readonly unit: string;
  readonly file: string;
  readonly progress: string;
}

export interface MergedModel {
  readonly group: ModelGroup;
  readonly no: string;
  readonly model: string;
  readonly modelNo: string | null;
  readonly units: readonly ModelUnitText[];
}
