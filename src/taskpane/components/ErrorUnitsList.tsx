import { Body1, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import type { UnitErrors } from "../../core";
import { fill, useStrings } from "../strings";

/** The units whose errors kept numbers out, with how many. */
export const ErrorUnitsList: React.FC<{ readonly units: readonly UnitErrors[] }> = ({ units }) => {
  const t = useStrings();
  return (
    <section>
      <Subtitle2 as="h3">{t.unitsWithErrors}</Subtitle2>
      {units.length === 0 ? <Body1>{t.noUnitsWithErrors}</Body1> : null}
      <ul data-testid="units-with-errors">
        {units.map((u) => (
          <li key={u.file}>
            {u.unit} ({u.file}): {fill(t.countErrors, { count: u.errors })}
          </li>
        ))}
      </ul>
    </section>
  );
};
