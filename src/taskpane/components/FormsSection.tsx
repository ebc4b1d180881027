import { Body1, Button, Field, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { FORM_TEMPLATES, type FormTemplateId, type Period, type UnitDef, type UnitRegistry, formatPeriod } from "../../core";
import { ZIP_TYPE, downloadBytes } from "../backend/download";
import { type FormFile, formFiles, formsZip } from "../backend/forms";
import { fill, useStrings } from "../strings";

const useStyles = makeStyles({
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  select: { minWidth: 0, maxWidth: "100%", flex: "1 1 180px" },
  control: { width: "100%", minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  name: { minWidth: 0, overflowWrap: "anywhere" },
});

/**
 * One pre-filled form per unit of the list (as shown, edits included), in one .zip; in Excel for
 * Mac, where the pane cannot download, each form opens as a new workbook for the clerk to save.
 */
export const FormsSection: React.FC<{
  readonly period: Period | null;
  readonly registry: UnitRegistry;
  readonly units: readonly UnitDef[];
  readonly onError: (e: unknown) => void;
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<void>;
}> = ({ period, registry, units, onError, openWorkbook }) => {
  const t = useStrings();
  const styles = useStyles();
  const [template, setTemplate] = React.useState<FormTemplateId>(FORM_TEMPLATES[0]);
  const [state, setState] = React.useState<{ busy: boolean; note?: string }>({ busy: false });
  const [opened, setOpened] = React.useState<{ files: readonly FormFile[]; done: ReadonlySet<string> } | null>(null);

  const make = async (p: Period) => {
    setState({ busy: true });
    try {
      if (openWorkbook) {
        const files = await formFiles(
          units.map((u) => u.name),
          template,
          p,
          { ...registry, units },
        );
        setOpened({ files, done: new Set() });
        setState({ busy: false, note: fill(t.formsOpenIntro, { count: files.length }) });
        return;
      }
      const zip = await formsZip(
        units.map((u) => u.name),
        template,
        p,
        { ...registry, units },
      );
      downloadBytes(zip.bytes, zip.fileName, ZIP_TYPE);
      setState({ busy: false, note: fill(t.formsDone, { file: zip.fileName, count: zip.files.length }) });
    } catch (e) {
      setState({ busy: false });
      onError(e);
    }
  };

  return (
    <section aria-labelledby="forms-title">
      <Subtitle2 as="h2" id="forms-title">
        {t.formsTitle}
      </Subtitle2>
      <Body1 as="p">{period ? fill(t.formsIntro, { period: formatPeriod(period) }) : t.formsNeedPeriod}</Body1>
      <div className={styles.row}>
        <Field label={t.formsTemplate} className={styles.select}>
          <Select
            className={styles.control}
            value={template}
            onChange={(_, d) => setTemplate(d.value as FormTemplateId)}
            data-testid="form-template"
          >
            {FORM_TEMPLATES.map((id) => (
              <option key={id} value={id}>
                {t.formTemplates[id] ?? id}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!period || state.busy || units.length === 0} onClick={() => period && void make(period)} data-testid="make-forms">
          {t.formsRun}
        </Button>
      </div>
      {state.note ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="forms-done">{state.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      {opened && openWorkbook ? (
        <ul className={styles.list}>
          {opened.files.map((f) => (
            <li key={f.fileName} className={styles.item}>
              <Body1 className={styles.name}>
                {f.unit}
                <br />
                <code>{f.fileName}</code>
              </Body1>
              <Button
                size="small"
                onClick={() =>
                  openWorkbook(f.bytes).then(() => setOpened((o) => o && { ...o, done: new Set([...o.done, f.fileName]) }), onError)
                }
              >
                {opened.done.has(f.fileName) ? t.formsOpenAgain : t.formsOpen}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};
