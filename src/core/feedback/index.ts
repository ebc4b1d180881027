/** Findings sent back to each unit: the annotated copy's content and the official note. */
export * from "./expectations";
export * from "./feedback";
