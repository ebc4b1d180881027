import { Badge } from "@fluentui/react-components";
import * as React from "react";

/** A count only ("3"), its meaning in the accessible name and tooltip: never wraps or clips in a narrow pane. */
export const CountBadge: React.FC<{
  readonly count: number;
  readonly label: string;
  readonly color: "danger" | "warning" | "informative";
}> = ({ count, label, color }) =>
  count > 0 ? (
    <Badge
      appearance="filled"
      color={color}
      aria-label={label}
      title={label}
      data-testid="count-badge"
      style={{ whiteSpace: "nowrap", flexShrink: 0 }}
    >
      {count}
    </Badge>
  ) : null;
