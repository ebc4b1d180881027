import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowUpload20Regular,
  Building20Regular,
  Calculator20Regular,
  ClipboardTaskListLtr20Regular,
  DocumentTable20Regular,
  Settings20Regular,
} from "./icons";
import * as React from "react";
import type { Strings } from "../strings";
import { useStrings } from "../strings";

export type StepId = "import" | "validate" | "compute" | "merge" | "units" | "settings";

export const STEP_LABEL: Record<StepId, keyof Strings> = {
  import: "tabImport",
  validate: "tabValidate",
  compute: "tabCompute",
  merge: "tabMerge",
  units: "tabUnits",
  settings: "tabSettings",
};

const ICON: Record<StepId, React.ReactElement> = {
  import: <ArrowUpload20Regular />,
  validate: <ClipboardTaskListLtr20Regular />,
  compute: <Calculator20Regular />,
  merge: <DocumentTable20Regular />,
  units: <Building20Regular />,
  settings: <Settings20Regular />,
};

const useStyles = makeStyles({
  // A grid of icon-over-label steps: five or six fit in two rows at 270 px and one row from about 420 px.
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(62px, 1fr))",
    columnGap: tokens.spacingHorizontalXXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // Fluent's Tab is a grid flowing in a column per slot: one column, so the icon sits over the label.
  tab: {
    gridAutoFlow: "row",
    justifyItems: "center",
    alignContent: "start",
    gap: "2px",
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    textAlign: "center",
    whiteSpace: "normal",
  },
  stack: { display: "flex", flexDirection: "column", alignItems: "center", gap: "2px" },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

/** The steps of the work, icons with labels, never wider than the pane. */
export const StepNav: React.FC<{
  readonly steps: readonly StepId[];
  readonly selected: StepId;
  readonly onSelect: (step: StepId) => void;
  readonly badge?: Partial<Record<StepId, React.ReactNode>>;
}> = ({ steps, selected, onSelect, badge }) => {
  const t = useStrings();
  const styles = useStyles();
  return (
    <nav aria-label={t.navLabel}>
      <TabList className={styles.list} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as StepId)} size="small">
        {steps.map((s) => (
          <Tab key={s} value={s} className={styles.tab} data-testid={`step-${s}`}>
            {/* Icon over label in the content, not Fluent's icon slot: it keeps them side by side. */}
            <span className={styles.stack}>
              {ICON[s]}
              <span className={styles.label}>{t[STEP_LABEL[s]] as string}</span>
              {badge?.[s] ?? null}
            </span>
          </Tab>
        ))}
      </TabList>
    </nav>
  );
};
