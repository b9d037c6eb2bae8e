// File names that say what a download holds, built from the view alone so the same view always
// gives the same name: "lenin-vs-stalin_censorship-secret-police_1918-1938_table.csv".
import { create as contentDisposition } from "content-disposition";
import type { ViewState } from "../url/compareUrl";

export type FileView = Pick<ViewState, "a" | "b" | "cat" | "m" | "from" | "to" | "q">;

/** What a view download holds: the table, the events, or one of the charts. */
export type ExportContents = "table" | "events" | `${ViewState["chart"]}-chart`;

// Long selections become "7-mechanisms" rather than a name file systems refuse.
const MAX_SUBJECT = 80;

const safe = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** Leaders, then the mechanisms (or the category, or "all"), then the years; "-search" when there is one. */
export function viewFileStem(view: FileView): string {
  let subject = view.m.length > 0 ? view.m.map(safe).join("-") : view.cat !== "all" ? safe(view.cat) : "all";
  if (subject.length > MAX_SUBJECT) subject = `${view.m.length}-mechanisms`;
  return `${safe(view.a)}-vs-${safe(view.b)}_${subject}_${view.from}-${view.to}${view.q ? "-search" : ""}`;
}

export function viewFileName(view: FileView, contents: ExportContents, extension: "csv" | "json" | "png" | "svg"): string {
  return `${viewFileStem(view)}_${contents}.${extension}`;
}

/** The dataset's name in file names and in its datapackage.json. */
export const DATASET_NAME = "lenin-vs-stalin-dataset";

/** "lenin-vs-stalin-dataset-1.0.0.zip"; also the folder the zip unpacks into. */
export function datasetFileStem(version: string): string {
  return `${DATASET_NAME}-${version.replace(/[^0-9A-Za-z.-]/g, "") || "unversioned"}`;
}

/** `Content-Disposition` for a download: the name, with an ASCII fallback when it has other characters. */
export function attachment(fileName: string): string {
  return contentDisposition(fileName, { type: "attachment" });
}
