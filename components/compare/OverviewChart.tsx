// The overview: a dumbbell chart drawn on the server as plain HTML and small SVGs, so it is in the
// first paint with no chart script. One row per mechanism: the first leader's intensity (a filled
// circle) and the second's (a hollow square) on the 0–5 scale, joined by a line, with the second
// leader's relation written beside the row. Each row links to the table row opened.
import { Link } from "@/components/common/Link";
import { relationLabel, type Overview, type OverviewRow } from "@/lib/compare/overview";

const SCALE = [0, 1, 2, 3, 4, 5];
/** Percent across the track of an intensity: 0 and 5 sit inside the ends, so dots are never cut.
    The grid lines at each step are the track's CSS background (app/globals.css), not elements. */
const x = (intensity: number) => `${Math.round((6 + intensity * 17.6) * 10) / 10}%`;

export function OverviewChart({
  overview,
  rowHref,
  headingId = "overview-heading",
  heading = "Overview",
}: {
  overview: Overview;
  /** Where a row leads: the compare table's row opened, or a mechanism page. */
  rowHref: (slug: string) => string;
  headingId?: string;
  heading?: string;
}) {
  const { nameA, nameB, rows, later, laterAgainst } = overview;
  const laterName = later === "a" ? nameA : nameB;
  const groups: { name: string; rows: OverviewRow[] }[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && last.name === r.categoryName) last.rows.push(r);
    else groups.push({ name: r.categoryName, rows: [r] });
  }
  // Category headings only help when rows of a category stay together.
  const grouped = groups.length < rows.length && groups.length === new Set(rows.map((r) => r.category)).size && groups.length > 1;
  // The chart is a table: each row names the mechanism, draws the two scores and says what the
  // second leader did, with the numbers written out for screen readers. So the chart and its
  // data-table alternative are one element, sent once.
  return (
    <figure aria-labelledby={headingId} className="overview">
      <table className="overview-table">
        <caption className="sr-only" id={headingId}>
          {heading}: intensity from 0 (absent) to 5 (extreme) for {nameA} and {nameB}, one row per mechanism, with what {laterName} did with each
          {laterAgainst ? ` (against what ${laterAgainst} left)` : ""}. Each mechanism links to its evidence.
        </caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="overview-legend">
              <span className="whitespace-nowrap">
                <Dot side="a" /> {nameA}
              </span>{" "}
              <span className="whitespace-nowrap">
                <Dot side="b" /> {nameB}
              </span>
              <span className="sr-only">: mechanism</span>
            </th>
            <th scope="col" className="overview-scale">
              <span className="sr-only">Intensity, 0–5</span>
              {SCALE.map((n) => (
                <span key={n} style={{ left: x(n) }} aria-hidden="true">
                  {n}
                </span>
              ))}
            </th>
            <th scope="col">
              {laterName}
              {laterAgainst ? <span className="block font-normal">against {laterAgainst}</span> : null}
            </th>
          </tr>
        </thead>
        {(grouped ? groups : [{ name: "", rows }]).map((g) => (
          <tbody key={g.name || "all"}>
            {g.name ? (
              <tr className="overview-group">
                <th scope="rowgroup" colSpan={3}>
                  {g.name}
                </th>
              </tr>
            ) : null}
            {g.rows.map((r) => (
              <Row key={r.slug} row={r} nameA={nameA} nameB={nameB} later={later} href={rowHref(r.slug)} />
            ))}
          </tbody>
        ))}
      </table>
      {rows.length === 0 ? <p className="py-3 text-muted">No mechanism in this view.</p> : null}
    </figure>
  );
}

function Row({ row, nameA, nameB, later, href }: { row: OverviewRow; nameA: string; nameB: string; later: "a" | "b"; href: string }) {
  const { a, b } = row;
  const dotA = a ? <circle cx={x(a.intensity)} cy="50%" r="6" className="overview-a" /> : null;
  const said = (name: string, s: OverviewRow["a"], out: string | null) =>
    s ? `${name} ${s.intensity} (${relationLabel[s.relation]}, ${s.years})` : `${name}: ${out ?? "not assessed"}`;
  // A side with no score in these years says why: on wide screens in the half of the track away
  // from the other side's mark (centred over it, the words ran through the mark); on narrow ones,
  // where the track has no room for words, the sentences above the chart say it, and the column of
  // relation words says it for the later leader.
  const gaps = [a ? null : `${nameA}: ${row.outA ?? "not assessed"}`, b ? null : `${nameB}: ${row.outB ?? "not assessed"}`].filter(Boolean);
  const present = a ?? b;
  const gapSide = present === null ? "" : present.intensity >= 2.5 ? " overview-gap-start" : " overview-gap-end";
  const laterSide = later === "a" ? a : b;
  const laterOut = later === "a" ? row.outA : row.outB;
  const brief = laterOut === null ? "not assessed" : laterOut.startsWith("not in power") ? "not in power" : "other years";
  return (
    <tr>
      <th scope="row">
        <Link href={href} className="overview-name">
          {row.name}
        </Link>
      </th>
      <td>
        <span className="sr-only">
          {said(nameA, a, row.outA)}, {said(nameB, b, row.outB)}
        </span>
        {gaps.length > 0 ? (
          <span className={`overview-gap${gapSide}`} aria-hidden="true">
            {gaps.join(" · ")}
          </span>
        ) : null}
        <svg className="overview-track" aria-hidden="true" focusable="false">
          {a && b ? <line x1={x(a.intensity)} x2={x(b.intensity)} y1="50%" y2="50%" className="overview-bar" /> : null}
          {a && !(b && b.intensity === a.intensity) ? dotA : null}
          {b ? (
            <svg x={x(b.intensity)} y="50%" overflow="visible">
              <rect x="-6" y="-6" width="12" height="12" className="overview-b" />
            </svg>
          ) : null}
          {/* Equal scores: the first leader's dot is drawn inside the second's square, so both show. */}
          {a && b && b.intensity === a.intensity ? <circle cx={x(a.intensity)} cy="50%" r="3.5" className="overview-a" /> : null}
        </svg>
      </td>
      <td className="overview-relation">{laterSide ? relationLabel[laterSide.relation] : <i aria-hidden="true">{brief}</i>}</td>
    </tr>
  );
}

function Dot({ side }: { side: "a" | "b" }) {
  return (
    <svg width="12" height="12" aria-hidden="true" className="inline-block align-[-1px]">
      {side === "a" ? <circle cx="6" cy="6" r="5" className="overview-a" /> : <rect x="1.5" y="1.5" width="9" height="9" className="overview-b" />}
    </svg>
  );
}
