// Words for a view, used for the page title, the link preview and the preview image:
// "Lenin vs Stalin: censorship and secret police, 1918–1938".
import { DEFAULT_FROM, DEFAULT_TO, type ViewState } from "../url/compareUrl";

type Names = {
  leaders: { slug: string; name: string }[];
  categories: { slug: string; name: string }[];
  mechanisms: { slug: string; name: string }[];
};

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length > 3) return `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function describeView(view: ViewState, names: Names): { title: string; subject: string; leaders: string } {
  const name = (slug: string) => names.leaders.find((l) => l.slug === slug)?.name ?? slug;
  const leaders = `${name(view.a)} vs ${name(view.b)}`;
  let subject: string;
  if (view.m.length > 0) {
    subject = list(view.m.map((s) => (names.mechanisms.find((m) => m.slug === s)?.name ?? s).toLowerCase()));
  } else if (view.cat !== "all") {
    subject = (names.categories.find((c) => c.slug === view.cat)?.name ?? view.cat).toLowerCase();
  } else {
    subject = "tools of power, policies and goals";
  }
  const years = view.from !== DEFAULT_FROM || view.to !== DEFAULT_TO ? `, ${view.from}–${view.to}` : "";
  const search = view.q ? `, matching “${view.q.slice(0, 40)}”` : "";
  const full = `${subject}${years}${search}`;
  return { title: `${leaders}: ${full}`, subject: full.charAt(0).toUpperCase() + full.slice(1), leaders };
}

/**
 * The view in one line, for the top of the compare page: "All categories · 18 mechanisms ·
 * 1917–1953", with the search when there is one. The leaders are in the heading above it.
 */
export function viewLine(view: ViewState, names: Names, count: number): string[] {
  const mechanismName = (slug: string) => names.mechanisms.find((m) => m.slug === slug)?.name ?? slug;
  // One or two chosen mechanisms are named; more are counted.
  const subject =
    view.m.length > 0 && view.m.length <= 2
      ? view.m.map(mechanismName).join(" and ")
      : view.m.length > 2
        ? `${view.m.length} chosen mechanisms`
        : view.cat === "all"
          ? `All ${count} mechanisms`
          : `${names.categories.find((c) => c.slug === view.cat)?.name ?? view.cat}: ${count} mechanism${count === 1 ? "" : "s"}`;
  return [
    subject,
    `${view.from}–${view.to}`,
    ...(view.q ? [`matching “${view.q.slice(0, 40)}”`] : []),
  ];
}
