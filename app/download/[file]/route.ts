// Files for download: /download/table.csv?<view>, table.json, events.csv, events.json (the rows the
// compare view shows for the same parameters) and /download/dataset.zip (the whole dataset).
import { connection } from "next/server";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/site/requestOrigin";
import { datasetFileStem, viewFileName, attachment } from "@/lib/export/fileNames";
import { datasetZip } from "@/lib/export/datasetZip";
import { eventsExport, tableExport, toCsv, toJson } from "@/lib/export/viewExport";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import { searchParamsToRecord } from "@/lib/url/readCompareUrl";

const VIEW_FILE = /^(table|events)\.(csv|json)$/;

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const viewFile = VIEW_FILE.exec(file);
  if (!viewFile && file !== "dataset.zip") {
    return new Response("No such download. Try table.csv, table.json, events.csv, events.json or dataset.zip.\n", {
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

  if (!viewFile) {
    const zip = datasetZip(catalog, { siteUrl: env.siteUrl ?? requestOrigin((name) => request.headers.get(name)) ?? undefined });
    return new Response(zip as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": attachment(`${datasetFileStem(catalog.dataset.version)}.zip`),
        "Content-Length": String(zip.byteLength),
      },
    });
  }

  const contents = viewFile[1] as "table" | "events";
  const format = viewFile[2] as "csv" | "json";
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
