/** The report's text drafted from the compiled figures: a document model for the .docx writer. */
export * from "./draft";
