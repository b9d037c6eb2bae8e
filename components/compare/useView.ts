"use client";
import { usePathname, useRouter } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useOptimistic, useTransition } from "react";
import { defaultView, serializeView, viewParsers, type ViewState } from "@/lib/url/compareUrl";

/**
 * The compare view's URL state on the client. The browser-only keys (browserKeys in
 * lib/url/compareUrl.ts) are set here and stay on the client; each change is a history entry, so
 * Back and Forward step through them.
 */
export function useView() {
  return useQueryStates(viewParsers, { history: "push", scroll: false });
}

/**
 * Changes to the other keys (what the server renders: leaders, filters, series, open rows...)
 * navigate to the new URL, so the server renders the new view; `pending` is true until it arrives.
 * (nuqs's shallow: false updated the address but its refresh was not applied on Next 16.4.)
 */
export function useViewNavigation() {
  const [current] = useView();
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
