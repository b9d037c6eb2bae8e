// The compare page, answer first: the two leaders, the view in one line (the filters open in a
// dialog), the computed sentences and the overview chart on the first screen; below them the
// side-by-side table (details on request), the charts, the contested figures, the events and the
// lineage of the institutions.
import type { Catalog } from "@/lib/queries/catalog";
import type { CompareView as Model } from "@/lib/compare/buildCompareView";
import { Link } from "@/components/common/Link";
import { EVENTS_SHOWN, serializeView, serverView, type ViewState } from "@/lib/url/compareUrl";
import { CompareTable, type Lookup } from "./CompareTable";
import { CopyLinkButton } from "./CopyLinkButton";
import { ResolvedViewProvider } from "./ResolvedView";
import { FiltersDialog } from "./FiltersDialog";
import { Notices } from "@/components/common/Notices";
import { indexSources } from "@/lib/sources/citationLabel";
import { ChartsPanel } from "./ChartsPanel";
// Export (downloads, print summary): components/export.
import { DatasetDownloadLink } from "@/components/export/DatasetDownloadLink";
import { DownloadMenu } from "@/components/export/DownloadMenu";
import { PrintSummary } from "@/components/export/PrintSummary";
import { EvidencePanel } from "./EvidencePanel";
import { EventsByYear } from "./EventsByYear";
import { OverviewChart } from "./OverviewChart";
import { OverviewOrder } from "./OverviewOrder";
import { OverviewSentences } from "./OverviewSentences";
import { RubricKey } from "./RubricKey";
import { ChartExportBar } from "@/components/export/ChartExportBar";
import { SectionHeading } from "./SectionHeading";
import { tableRows } from "@/lib/compare/tableRows";
import { tenureYears } from "@/lib/compare/buildCompareView";
import { buildOverview } from "@/lib/compare/overview";
import { viewLine } from "@/lib/compare/describeView";
import { chartCaption } from "@/lib/export/chartCaption";

/** The address of a view with one more table row opened, at that row. */
export function openRowHref(view: ViewState, slug: string): string {
  const open = view.open.includes(slug) ? view.open : [...view.open, slug];
  return `${serializeView("/", { ...view, open })}#evidence-${slug}`;
}

export function CompareView({ catalog, model, view, notices }: { catalog: Catalog; model: Model; view: ViewState; notices: string[] }) {
  const { leaderA, leaderB } = model;
  const lookup: Lookup = { rubric: Object.fromEntries(catalog.rubric.map((r) => [r.level, r.label])) };
  const institutions = Object.fromEntries(catalog.institutions.map((i) => [i.slug, i.abbreviation ?? i.name]));
  const sources = indexSources(catalog.sources);
  const overview = buildOverview(model, view);
  const evidence = Object.fromEntries(
    model.rows
      .filter((r) => view.open.includes(r.mechanism.slug))
      .map((r) => [
        r.mechanism.slug,
        <EvidencePanel key={r.mechanism.slug} row={r} nameA={leaderA.name} nameB={leaderB.name} sources={sources} institutions={institutions} />,
      ]),
  );
  const nameOf = (slug: string | null) => catalog.leaders.find((l) => l.slug === slug)?.name ?? "No leader (a provisional or collective government)";
  const sideOf = (slug: string | null) => (slug === leaderA.slug ? "a" : slug === leaderB.slug ? "b" : null);
  return (
    <ResolvedViewProvider view={view}>
    <div className="space-y-8">
      <div className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
          <h1 className="text-2xl font-bold sm:text-3xl">
            <span className="text-leader-a">{leaderA.name}</span> vs <span className="text-leader-b">{leaderB.name}</span>
          </h1>
          <CopyLinkButton />
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-view-summary>
          <p role="status" className="text-muted">
            {viewLine(view, catalog, model.rows.length).join(" · ")}
          </p>
          <FiltersDialog
            leaders={catalog.leaders.map((l) => ({ slug: l.slug, name: l.name, years: tenureYears(l) }))}
            categories={catalog.categories}
            mechanisms={catalog.mechanisms.map((m) => ({ slug: m.slug, name: m.name, category: m.category }))}
            resolved={view}
          />
        </div>
        <PrintSummary catalog={catalog} view={view} />
        <Notices notices={notices} />
        <OverviewSentences overview={overview} />
        <RubricKey rubric={catalog.rubric} relationTerms={catalog.relationTerms} />
        <OverviewChart overview={overview} rowHref={(slug) => openRowHref(view, slug)} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <OverviewOrder view={view} nameA={leaderA.name} nameB={leaderB.name} />
          <ChartExportBar chart="intensity" title={chartCaption(catalog, view, "intensity").title} view={view} />
        </div>
      </div>

      <section aria-labelledby="table-heading">
        <SectionHeading id="table-heading" count={model.rows.length} actions={<DownloadMenu contents="table" />}>
          Side by side
        </SectionHeading>
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
      <ChartsPanel catalog={catalog} model={model} view={view} />
      <section aria-labelledby="events-heading">
        <SectionHeading id="events-heading" count={model.events.length} actions={<DownloadMenu contents="events" />}>
          Events
        </SectionHeading>
        <EventsByYear events={view.events === "all" ? model.events : model.events.slice(0, EVENTS_SHOWN)} nameOf={nameOf} sideOf={sideOf} />
        {/* The full list is long (all the events by default): it is sent only when asked for. */}
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
      <DatasetDownloadLink version={catalog.dataset.version} />
    </div>
    </ResolvedViewProvider>
  );
}
