import { Caption1, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { UnitStanding, UnitStatus } from "../../core";
import { useStrings } from "../strings";

const COLOR: Record<UnitStatus, string> = {
  on_time: tokens.colorPaletteGreenForeground1,
  late: tokens.colorPaletteDarkOrangeForeground1,
  missing: tokens.colorNeutralForeground3,
  has_errors: tokens.colorPaletteRedForeground1,
};

/** A unit's standing for the period as coloured text that wraps (never a pill that overflows). */
export const UnitStatusText: React.FC<{ readonly standing: UnitStanding | undefined }> = ({ standing: s }) => {
  const t = useStrings();
  if (!s) return null;
  return (
    <Caption1 style={{ color: COLOR[s.status], fontWeight: 600 }} data-testid="unit-status" data-status={s.status}>
      {t.unitStatusText[s.status]}
      {s.status === "has_errors" && s.late ? ` · ${t.unitStatusText.late.toLowerCase()}` : ""}
    </Caption1>
  );
};
