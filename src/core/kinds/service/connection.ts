import type { ConnectionStatus } from "../../catalogue";
import { foldKey } from "../../shared/normalize";

/**
 * The connection column's words, as the forms offer them and the appendix prints them; the
 * reader accepts them however they are cased, accented or spaced (compared folded).
 */
export const CONNECTION_TEXT: Record<ConnectionStatus, string> = {
  connected: "Đã kết nối",
  not_connected: "Chưa kết nối",
  done: "Đã thực hiện",
};

/** Statuses a unit picks from for an ordinary service; "done" only where the catalogue allows it. */
export const CONNECTION_CHOICES: readonly ConnectionStatus[] = ["connected", "not_connected"];

const BY_KEY = new Map<string, ConnectionStatus>(
  (Object.entries(CONNECTION_TEXT) as [ConnectionStatus, string][]).map(([status, text]) => [foldKey(text), status]),
);

/** The status a cell's text names, or null when it names none. */
export function parseConnection(raw: string): ConnectionStatus | null {
  return BY_KEY.get(foldKey(raw)) ?? null;
}

/** Is this (folded) cell text one of the connection words? */
export const isConnectionKey = (key: string): boolean => BY_KEY.has(key);
