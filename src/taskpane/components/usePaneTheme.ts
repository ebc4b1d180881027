import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";

/** Dark when the colour is dark: Office gives its theme's body background as "#rrggbb". */
function isDark(hex: string | undefined): boolean | null {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

function officeDark(): boolean | null {
  try {
    // Office.context.officeTheme exists only where the host shares its theme (Excel on Windows, Mac, web).
    return typeof Office !== "undefined" ? isDark(Office.context?.officeTheme?.bodyBackgroundColor) : null;
  } catch {
    return null;
  }
}

/** Office's theme (light or dark) inside Excel, the system's colour scheme in a plain browser. */
export function usePaneTheme(kind: "excel" | "browser" | null): Theme {
  const media = typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  const [systemDark, setSystemDark] = React.useState(media?.matches ?? false);
  React.useEffect(() => {
    if (!media) return;
    const on = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    media.addEventListener?.("change", on);
    return () => media.removeEventListener?.("change", on);
  }, [media]);
  const dark = (kind === "excel" ? officeDark() : null) ?? systemDark;
  return dark ? webDarkTheme : webLightTheme;
}
