import { tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DocumentDismiss16Filled, ErrorCircle16Filled, Warning16Filled } from "./icons";
import * as React from "react";
import type { FileStatus } from "../backend/receipts";

const ICON: Record<FileStatus, { Icon: typeof CheckmarkCircle16Filled; color: string }> = {
  unreadable: { Icon: DocumentDismiss16Filled, color: tokens.colorPaletteRedForeground1 },
  errors: { Icon: ErrorCircle16Filled, color: tokens.colorPaletteRedForeground1 },
  warnings: { Icon: Warning16Filled, color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { Icon: CheckmarkCircle16Filled, color: tokens.colorPaletteGreenForeground1 },
};

/** Red, amber or green with a shape per status, so colour is never the only cue. */
export const StatusIcon: React.FC<{ readonly status: FileStatus; readonly label: string }> = ({ status, label }) => {
  const { Icon, color } = ICON[status];
  return <Icon aria-label={label} role="img" style={{ color, flexShrink: 0 }} />;
};
