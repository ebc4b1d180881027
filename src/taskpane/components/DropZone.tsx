import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUpload20Regular } from "./icons";
import * as React from "react";
import { useStrings } from "../strings";
import { FilePicker } from "./FilePicker";

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    justifyContent: "center",
    textAlign: "center",
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

/** Drop files here, or pick them: both give the same list of files. */
export const DropZone: React.FC<{ readonly disabled: boolean; readonly onFiles: (files: File[]) => void }> = ({ disabled, onFiles }) => {
  const t = useStrings();
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.drop} ${styles.over}` : styles.drop}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onFiles([...e.dataTransfer.files]);
      }}
    >
      <Body1>{t.dropHint}</Body1>
      <FilePicker
        label={t.pickFiles}
        multiple
        appearance="primary"
        icon={<ArrowUpload20Regular />}
        disabled={disabled}
        testId="file-input"
        onFiles={onFiles}
      />
    </div>
  );
};
