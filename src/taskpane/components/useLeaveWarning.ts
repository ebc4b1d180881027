import * as React from "react";

/** The browser's "leave this page?" question while `active`: files in progress or edits not saved. */
export function useLeaveWarning(active: boolean, message: string): void {
  React.useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older WebViews (Excel 2019's IE-era hosts aside) still need returnValue set.
      e.returnValue = message;
      return message;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [active, message]);
}
