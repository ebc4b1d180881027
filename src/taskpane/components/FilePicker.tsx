import { Button, type ButtonProps } from "@fluentui/react-components";
import * as React from "react";

export interface FilePickerProps {
  readonly label: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps["appearance"];
  readonly icon?: ButtonProps["icon"];
  readonly testId: string;
  readonly onFiles: (files: File[]) => void;
}

/**
 * A button that opens the system file dialog. It accepts any file on purpose:
 * a .xls or .csv picked by mistake gets an explanation instead of being
 * invisible in the dialog.
 */
export const FilePicker: React.FC<FilePickerProps> = ({ label, multiple, disabled, appearance, icon, testId, onFiles }) => {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
};
