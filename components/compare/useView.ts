"use client";
import { usePathname, useRouter } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useOptimistic, useState, useTransition } from "react";
import { browserKeys, defaultView, serializeView, viewParsers, type ViewState } from "@/lib/url/compareUrl";
import { useResolvedView } from "./ResolvedView";

/**
 * The compare view's URL state on the client. The browser-only keys (browserKeys in
 * lib/url/compareUrl.ts) are set here and stay on the client; each change is a history entry, so
 * Back and Forward step through them.
 */
export function useView() {
  return useQueryStates(viewParsers, { history: "push", scroll: false });
}

/**
 * The view the page shows: the server's reading of the address for the keys it renders, and the
 * address's own values for the keys the browser applies by itself (the table's sort and hidden
 * columns, the open event), which change without asking the server.
 */
export function useCurrentView(): ViewState {
  const [address] = useView();
  const resolved = useResolvedView();
  // The address's browser-only keys as they were when the server read it: while a key still holds
  // that value, the server's reading of it counts (an unknown event=moon-landing stays ignored);
  // once the reader changes it in the browser, the new value counts.
  const [seen, setSeen] = useState({ resolved, address });
  if (seen.resolved !== resolved) setSeen({ resolved, address });
  if (!resolved) return address;
  const key = (k: (typeof browserKeys)[number]) => serializeView({ [k]: address[k] }) === serializeView({ [k]: seen.address[k] }) ? resolved[k] : address[k];
  return { ...resolved, ...Object.fromEntries(browserKeys.map((k) => [k, key(k)])) };
}

/**
 * Changes to the other keys (what the server renders: leaders, filters, series, open rows...)
 * navigate to the new URL, so the server renders the new view; `pending` is true until it arrives.
 * The new address is built from the current view as the server read it, never from the raw
 * address, so values the page ignored are dropped rather than carried along.
 * (nuqs's shallow: false updated the address but its refresh was not applied on Next 16.4.)
 */
export function useViewNavigation() {
  const current = useCurrentView();
  // Controls show the requested view at once, while the server renders it.
  const [view, setOptimistic] = useOptimistic(current);
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const navigate = (patch: Partial<ViewState> | null) => {
    const next = { ...(patch === null ? defaultView : view), ...patch };
    startTransition(() => {
      setOptimistic(next);
      router.push(serializeView(pathname, next), { scroll: false });
    });
  };
  return { view, navigate, pending };
}
