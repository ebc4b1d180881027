/** The .docx adapter: the draft report written as a Word document (the docx library). Runs in Node and in the browser. */
export { writeDraft, DRAFT_FONT, DRAFT_PAGE } from "./writeDraft";
