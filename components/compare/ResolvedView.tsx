"use client";
// The view as the server read the current address (invalid or unknown values already dropped),
// handed to the page's client controls. Every address they build starts from it, so a value the
// page ignored (a=napoleon, open=nope) never comes back in the next link.
import { createContext, useContext, type ReactNode } from "react";
import type { ViewState } from "@/lib/url/compareUrl";

const ResolvedViewContext = createContext<ViewState | null>(null);

export function ResolvedViewProvider({ view, children }: { view: ViewState; children: ReactNode }) {
  return <ResolvedViewContext.Provider value={view}>{children}</ResolvedViewContext.Provider>;
}

/** The server's reading of the current address; null outside a compare page (a control tested alone). */
export function useResolvedView(): ViewState | null {
  return useContext(ResolvedViewContext);
}
