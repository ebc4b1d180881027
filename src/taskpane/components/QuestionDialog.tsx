import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../strings";
import type { Question } from "./useImports";

/** Asks before a file replaces another: a received file of the same name, or (in Excel) a sheet of the same name. */
export const QuestionDialog: React.FC<{ readonly question: Question | null }> = ({ question }) => {
  const t = useStrings();
  const q = question;
  const sameName = q?.kind === "same-name";
  return (
    <Dialog open={q !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{sameName ? t.sameNameTitle : t.replaceTitle}</DialogTitle>
          <DialogContent>
            {q ? (sameName ? fill(t.sameNameBody, { file: q.file }) : fill(t.replaceBody, { sheet: q.other, file: q.file })) : null}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => q?.answer("replace")} data-testid="answer-replace">
              {sameName ? t.sameNameReplace : t.replace}
            </Button>
            {sameName ? (
              <Button onClick={() => q?.answer("keep")} data-testid="answer-keep">
                {fill(t.sameNameKeep, { name: q?.other ?? "" })}
              </Button>
            ) : null}
            <Button onClick={() => q?.answer("skip")} data-testid="answer-skip">
              {sameName ? t.sameNameSkip : t.keep}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
