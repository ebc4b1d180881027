import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { UnitRegistry } from "../../core";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { DropZone } from "./DropZone";
import { ImportProgress } from "./ImportProgress";
import { QuestionDialog } from "./QuestionDialog";
import { ReceivedList } from "./ReceivedList";
import type { BatchResult, useImports } from "./useImports";

export interface ImportPanelProps {
  readonly backend: Backend;
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly received: readonly Received[];
  readonly imports: ReturnType<typeof useImports>;
  readonly batch: BatchResult | null;
  readonly onRemove: (file: string) => void;
  readonly onShow: (file: string) => void;
  /** The clerk gives the day a file really arrived (yyyy-mm-dd), or null to use the file's own date. */
  readonly onReceivedDate?: (file: string, day: string | null) => void;
}

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** "Nhận báo cáo": drop or pick files, follow the batch, and see every received file's status. */
export const ImportPanel: React.FC<ImportPanelProps> = ({
  backend,
  settings,
  registry,
  received,
  imports,
  batch,
  onRemove,
  onShow,
  onReceivedDate,
}) => {
  const t = useStrings();
  const styles = useStyles();
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Focus to the result when a batch ends, so keyboard and screen-reader users land on it.
    if (batch) result.current?.focus();
  }, [batch]);
  const bad = batch ? batch.errors + batch.unreadable + batch.rejected > 0 : false;
  return (
    <div className={styles.root}>
      <DropZone disabled={imports.busy} onFiles={(files) => void imports.run(files)} />
      <ImportProgress items={imports.items} busy={imports.busy} onCancel={imports.cancel} />
      {batch && !imports.busy ? (
        <div ref={result} tabIndex={-1} data-testid="import-result">
          <MessageBar intent={batch.cancelled ? "warning" : bad ? "error" : "success"}>
            <MessageBarBody>
              {batch.cancelled ? fill(t.importCancelled, { count: batch.cancelled }) : fill(t.importDone, batch)}
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      <ReceivedList
        backend={backend}
        received={received}
        registry={registry}
        settings={settings}
        onRemove={backend.removeFile ? onRemove : undefined}
        onShow={onShow}
        onReceivedDate={onReceivedDate}
      />
      <QuestionDialog question={imports.question} />
    </div>
  );
};
