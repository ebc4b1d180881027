import * as React from "react";

/** Says a result to screen readers (import, check, merge): one polite live region for the whole pane. */
export type Announce = (text: string) => void;

const AnnounceContext = React.createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}

const hidden: React.CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};

export const Announcer: React.FC<{ readonly children: React.ReactNode }> = ({ children }) => {
  const [text, setText] = React.useState("");
  const announce = React.useCallback((t: string) => {
    // Cleared first so the same sentence twice is read twice.
    setText("");
    setTimeout(() => setText(t), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" style={hidden} data-testid="announcer">
        {text}
      </div>
    </AnnounceContext.Provider>
  );
};
