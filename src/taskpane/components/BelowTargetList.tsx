import { Body1, Subtitle2, Text } from "@fluentui/react-components";
import * as React from "react";
import { type BelowTarget, catalogues } from "../../core";
import { fill, useStrings } from "../strings";
import { percent } from "./summaryFormat";

/** Services under the online-ratio target, one list per catalogue (their numbers restart in each). */
export const BelowTargetList: React.FC<{ readonly below: readonly BelowTarget[]; readonly target: number }> = ({ below, target }) => {
  const t = useStrings();
  return (
    <section data-testid="below-target">
      <Subtitle2 as="h3">{fill(t.belowTarget, { target: percent(target) })}</Subtitle2>
      {below.length === 0 ? <Body1>{t.noneBelowTarget}</Body1> : null}
      {catalogues.map((c) => {
        const items = below.filter((b) => b.catalogue === c.id);
        if (items.length === 0) return null;
        return (
          <div key={c.id} data-testid="below-target-catalogue" data-catalogue={c.id}>
            <Text weight="semibold" as="h4">
              {t.catalogueLabel[c.id] ?? c.label}
            </Text>
            <ul>
              {items.map((b) => (
                <li key={b.serviceId} data-testid="below-target-item">
                  {b.no}. {b.name}: {percent(b.onlineRatio)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
};
