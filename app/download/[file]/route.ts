// Files for download: /download/table.csv?<view>, table.json, events.csv, events.json (the rows the
// compare view shows for the same parameters); chart.csv, chart.svg and chart.png (the chart the
// view's `chart` names, drawn from its chart model); the whole dataset, /download/dataset.zip, and how to
// cite it, CITATION.cff; the bibliography for reference managers, sources.bib, sources.ris and
// sources.json (CSL-JSON).
import { connection } from "next/server";
import { env } from "@/lib/env";
import { citationCff } from "@/lib/export/citationCff";
import { requestOrigin } from "@/lib/site/requestOrigin";
import { datasetFileStem, viewFileName, attachment } from "@/lib/export/fileNames";
import { datasetZip } from "@/lib/export/datasetZip";
import { eventsExport, tableExport, toCsv, toJson } from "@/lib/export/viewExport";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import { bibliographyFile, bibliographyFileNames, bibliographyFiles, isBibliographyFile, type BibliographyFile } from "@/lib/sources/bibliographyFiles";
import { searchParamsToRecord } from "@/lib/url/readCompareUrl";
import { buildCompareView } from "@/lib/compare/buildCompareView";
import { buildChart } from "@/lib/charts/model/chartModel";
import { chartCsv } from "@/lib/charts/model/chartCsv";
import { chartSvg } from "@/lib/charts/svg/chartSvg";
import { svgToPng } from "@/lib/charts/svg/chartPng";

const VIEW_FILE = /^(table|events)\.(csv|json)$/;
const CHART_FILE = /^chart\.(csv|svg|png)$/;

type Download =
  | { kind: "view"; contents: "table" | "events"; format: "csv" | "json" }
  | { kind: "chart"; format: "csv" | "svg" | "png" }
  | { kind: "dataset.zip" }
  | { kind: "CITATION.cff" }
  | { kind: "bibliography"; file: BibliographyFile };

function downloadOf(file: string): Download | null {
  const view = VIEW_FILE.exec(file);
  if (view) return { kind: "view", contents: view[1] as "table" | "events", format: view[2] as "csv" | "json" };
  const chart = CHART_FILE.exec(file);
  if (chart) return { kind: "chart", format: chart[1] as "csv" | "svg" | "png" };
  if (file === "dataset.zip") return { kind: file };
  if (file === "CITATION.cff") return { kind: file };
  if (isBibliographyFile(file)) return { kind: "bibliography", file };
  return null;
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const download = downloadOf(file);
  if (!download) {
    const files = ["table.csv", "table.json", "events.csv", "events.json", "chart.csv", "chart.svg", "chart.png", "dataset.zip", "CITATION.cff", ...bibliographyFileNames];
    return new Response(`No such download. Try ${files.slice(0, -1).join(", ")} or ${files.at(-1)}.\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Read at request time: the database may not exist when the site is built.
  await connection();
  const loaded = await withDatabase(getCatalog);
  if (!loaded.ok) {
    return new Response(`${loaded.problem.title}\n${loaded.problem.advice}\n`, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
    });
  }
  const catalog = loaded.data;

  // The site's address, for the links in the files: the deployment's, or else the request's.
  const siteUrl = env.siteUrl ?? requestOrigin((name) => request.headers.get(name)) ?? undefined;
  if (download.kind === "dataset.zip") {
    const zip = datasetZip(catalog, { siteUrl });
    return new Response(zip as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": attachment(`${datasetFileStem(catalog.dataset.version)}.zip`),
        "Content-Length": String(zip.byteLength),
      },
    });
  }
  if (download.kind === "CITATION.cff") {
    return new Response(citationCff(catalog, { siteUrl }), {
      headers: { "Content-Type": "application/yaml; charset=utf-8", "Content-Disposition": attachment(file) },
    });
  }
  if (download.kind === "bibliography") {
    return new Response(bibliographyFile(catalog.sources, download.file), {
      headers: { "Content-Type": bibliographyFiles[download.file].contentType, "Content-Disposition": attachment(download.file) },
    });
  }

  if (download.kind === "chart") {
    const { format } = download;
    const { view } = resolveCatalogView(catalog, searchParamsToRecord(new URL(request.url).searchParams));
    const chart = buildChart(view.chart, { catalog, model: buildCompareView(catalog, view), view });
    const name = attachment(viewFileName(view, `${view.chart}-chart`, format));
    if (format === "csv") return new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": name } });
    const { svg } = chartSvg(chart);
    if (format === "svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Content-Disposition": name } });
    const png = svgToPng(svg);
    return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png", "Content-Disposition": name, "Content-Length": String(png.byteLength) } });
  }

  const { contents, format } = download;
  // Invalid parameters fall back to their defaults, as on the page; JSON lists what was ignored.
  const { view, notices } = resolveCatalogView(catalog, searchParamsToRecord(new URL(request.url).searchParams));
  const table = contents === "table" ? tableExport(catalog, view) : eventsExport(catalog, view);
  const body = format === "csv" ? toCsv(table) : `${JSON.stringify(toJson(catalog, view, contents, table, notices), null, 2)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
      "Content-Disposition": attachment(viewFileName(view, contents, format)),
    },
  });
}
