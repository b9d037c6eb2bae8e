"use client";
import { useQueryStates } from "nuqs";
import { viewParsers } from "@/lib/viewState";

/**
 * The compare view's URL state on the client. Keys that change which data the server sends
 * (leaders, filters, series) re-render on the server (shallow: false); presentation keys (sort,
 * hidden columns, open rows, chart tab, normalisation, selected event) stay on the client.
 * Each change is a history entry, so Back and Forward step through them.
 */
export function useView() {
  return useQueryStates(viewParsers, { history: "push", scroll: false });
}

export const serverKeys = { shallow: false } as const;
