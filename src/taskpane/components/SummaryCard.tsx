import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
  },
  dl: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** A titled card of label → value pairs: the narrow pane's replacement for a wide table row. */
export const SummaryCard: React.FC<
  {
    readonly title: React.ReactNode;
    readonly pairs: readonly (readonly [string, React.ReactNode])[];
  } & React.HTMLAttributes<HTMLLIElement> & { readonly [k: `data-${string}`]: string | undefined }
> = ({ title, pairs, ...rest }) => {
  const styles = useStyles();
  return (
    <li className={styles.card} {...rest}>
      <Text weight="semibold">{title}</Text>
      <dl className={styles.dl}>
        {pairs.map(([k, v]) => (
          <React.Fragment key={k}>
            <dt className={styles.dt}>
              <Caption1>{k}</Caption1>
            </dt>
            <dd className={styles.dd}>{v}</dd>
          </React.Fragment>
        ))}
      </dl>
    </li>
  );
};
