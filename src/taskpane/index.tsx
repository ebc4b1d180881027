import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { boot, pageMode } from "./host";

declare global {
  interface Window {
    /** Milliseconds from navigation start to the pane's first render, for the Chromium test's log. */
    baocao06FirstRender?: number;
  }
}

const container = document.getElementById("container");
if (container) {
  const started = boot(pageMode());
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
      <App backend={started.backend} onUseBrowser={started.useBrowser} />
    </FluentProvider>,
  );
}
