import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../strings";

export interface ReplaceDialogProps {
  /** The sheet that already exists; null hides the dialog. */
  readonly sheet: string | null;
  readonly file: string;
  readonly onAnswer: (replace: boolean) => void;
}

/** Asks before an imported report replaces a sheet of the same name. */
export const ReplaceDialog: React.FC<ReplaceDialogProps> = ({ sheet, file, onAnswer }) => {
  const t = useStrings();
  return (
    <Dialog open={sheet !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{fill(t.replaceBody, { sheet: sheet ?? "", file })}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {t.keep}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t.replace}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
