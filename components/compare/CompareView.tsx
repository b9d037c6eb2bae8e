import type { Catalog } from "@/lib/queries/catalog";
import type { CompareView as Model } from "@/lib/compare/buildCompareView";
import { Link } from "@/components/common/Link";
import { EVENTS_SHOWN, serializeView, serverView, type ViewState } from "@/lib/viewState";
import { CompareTable } from "./CompareTable";
import { CopyLinkButton } from "./CopyLinkButton";
import { Filters } from "./Filters";
import { Notices } from "@/components/common/Notices";
import { EventList } from "@/components/common/EventList";
import { indexSources } from "@/lib/sources/citationLabel";
import { ChartsPanel } from "./ChartsPanel";
// Export (downloads, print summary): components/export.
import { DatasetDownloadLink } from "@/components/export/DatasetDownloadLink";
import { DownloadMenu } from "@/components/export/DownloadMenu";
import { PrintSummary } from "@/components/export/PrintSummary";
import { InstitutionLineage } from "@/components/lineage/InstitutionLineage";
import type { Lookup } from "./CompareTable";
import { EvidencePanel } from "./EvidencePanel";
import { ContestedFigures } from "./ContestedFigures";
import { tableRows } from "@/lib/compare/tableRows";

export function CompareView({
  catalog,
  model,
  view,
  notices,
  title,
}: {
  catalog: Catalog;
  model: Model;
  view: ViewState;
  notices: string[];
  title: string;
}) {
  const { leaderA, leaderB } = model;
  const lookup: Lookup = {
    rubric: Object.fromEntries(catalog.rubric.map((r) => [r.level, r.label])),
    institutions: Object.fromEntries(catalog.institutions.map((i) => [i.slug, i.abbreviation ?? i.name])),
  };
  const sources = indexSources(catalog.sources);
  const evidence = Object.fromEntries(
    model.rows
      .filter((r) => view.open.includes(r.mechanism.slug))
      .map((r) => [r.mechanism.slug, <EvidencePanel key={r.mechanism.slug} row={r} nameA={leaderA.name} nameB={leaderB.name} sources={sources} />]),
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">
            <span className="text-leader-a">{leaderA.name}</span> vs <span className="text-leader-b">{leaderB.name}</span>
          </h1>
          <p className="mt-1 text-muted">{title}</p>
        </div>
        <CopyLinkButton />
      </div>
      <PrintSummary catalog={catalog} view={view} />
      <Notices notices={notices} />
      <Filters
        leaders={catalog.leaders.map((l) => ({ slug: l.slug, name: l.name }))}
        categories={catalog.categories}
        mechanisms={catalog.mechanisms}
        resolved={view}
      />
      <p className="text-sm text-muted" role="status">
        {model.rows.length} mechanism{model.rows.length === 1 ? "" : "s"} and {model.events.length} event
        {model.events.length === 1 ? "" : "s"} match, {view.from}–{view.to}.
      </p>
      <ChartsPanel catalog={catalog} model={model} view={view} />
      <ContestedFigures figures={catalog.figures} from={view.from} to={view.to} sources={sources} />
      <section aria-labelledby="table-heading" className="render-when-near">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="table-heading" className="text-xl font-semibold">
            Side by side
          </h2>
          <DownloadMenu contents="table" />
        </div>
        {/* A new table per server answer (every key but the client-side ones): TanStack Table v9
            updating its store with new rows during a route transition kept the transition from
            ever committing (the page never showed the new filters). */}
        <CompareTable
          key={serializeView(serverView(view))}
          rows={tableRows(model.rows, view.open)}
          evidence={evidence}
          nameA={leaderA.name}
          nameB={leaderB.name}
          lookup={lookup}
        />
      </section>
      <section aria-labelledby="events-heading" className="render-when-near">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="events-heading" className="text-xl font-semibold">
            Events ({model.events.length})
          </h2>
          <DownloadMenu contents="events" />
        </div>
        <EventList
          events={view.events === "all" ? model.events : model.events.slice(0, EVENTS_SHOWN)}
          sideOf={(slug) => (slug === leaderA.slug ? "a" : slug === leaderB.slug ? "b" : null)}
          leaders={catalog.leaders}
          sources={sources}
        />
        {/* The full list is long (all 131 events by default): it is sent only when asked for. */}
        {model.events.length > EVENTS_SHOWN ? (
          <p className="mt-3 print:hidden">
            <Link
              scroll={false}
              href={serializeView("/", { ...view, events: view.events === "all" ? "first" : "all" })}
              className="underline underline-offset-4"
            >
              {view.events === "all" ? `Show the first ${EVENTS_SHOWN} events only` : `Show all ${model.events.length} events`}
            </Link>
          </p>
        ) : null}
      </section>
      <InstitutionLineage institutions={catalog.institutions} mechanisms={model.mechanisms.map((m) => m.slug)} from={view.from} to={view.to} />
      <DatasetDownloadLink version={catalog.dataset.version} />
    </div>
  );
}
