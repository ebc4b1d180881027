import type { RegisteredKind } from "./kind";
import { modelKind } from "./model";
import { serviceKind } from "./service";
import { taskKind } from "./task";

/**
 * Every table kind the engine reads, in the order their tables are read in a sheet and their
 * appendices appear in the consolidated workbook. A new kind is a folder under kinds/ exposing a
 * `registerKind({...})`, added here; the pipeline, the submission and the consolidation follow.
 */
export const tableKinds = [serviceKind, taskKind, modelKind] as const;

type Kinds = (typeof tableKinds)[number];
type TableOf<K> = K extends RegisteredKind<string, infer T, string, unknown> ? T : never;
type MergedOf<K> = K extends RegisteredKind<string, unknown, string, infer M> ? M : never;

/** The tables of every kind in a submission, each under its kind's slot. */
export type KindTables = { readonly [K in Kinds as K["slot"]]: readonly TableOf<K>[] };
/** The merged result of every kind in a consolidation, each under its kind's slot. */
export type KindMerged = { readonly [K in Kinds as K["mergedSlot"]]: MergedOf<K> };
