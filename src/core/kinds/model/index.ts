import { registerKind } from "../kind";
import { mergeModels } from "./merge";
import { modelSheet } from "./sheet";
import { findModelHeader, readModelTable } from "./table";

/** Model tables (DOMAIN.md §2.3): one row per model, each unit's texts kept. */
export const modelKind = registerKind({
  id: "model",
  slot: "modelTables",
  mergedSlot: "models",
  findHeader: findModelHeader,
  read(sheet, header, { sink, maxRow }) {
    // A model table ends at a gap or its end words; its free-text rows may look like anything else.
    const { table, end } = readModelTable(sheet, header, maxRow, sink);
    return { table: table.rows.length > 0 ? table : null, end };
  },
  // Model texts are free text: nothing to check beyond what reading found.
  check: () => {},
  merge: (submissions) => mergeModels(submissions),
  layOut: (models, { settings }) => (models.length > 0 ? [modelSheet(models, settings)] : []),
});
