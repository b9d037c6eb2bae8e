"use client";
import { useView } from "./useView";

type EventSummary = { slug: string; title: string; when: string };

/** Details of the event picked on the timeline (event=... in the URL). */
export function SelectedEvent({ events }: { events: EventSummary[] }) {
  const [view, setView] = useView();
  const event = events.find((e) => e.slug === view.event);
  if (!event) return null;
  return (
    <aside aria-label="Selected event" className="mt-3 rounded-md border border-border bg-background p-3 text-sm">
      <p className="text-muted">{event.when}</p>
      <p className="font-semibold">{event.title}</p>
      <p className="mt-1 flex gap-4">
        <a href={`#event-${event.slug}`} className="underline underline-offset-2">
          Details, scale and sources in the event list
        </a>
        <button type="button" className="underline underline-offset-2" onClick={() => void setView({ event: null })}>
          Close
        </button>
      </p>
    </aside>
  );
}
