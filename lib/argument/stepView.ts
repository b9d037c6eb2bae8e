// The compare view a step of the argument shows, read exactly as the compare page reads its
// address (resolveCatalogView, buildCompareView), so the step page and "Open this view in the
// dashboard" show the same records.
import { buildCompareView, type CompareView } from "../compare/buildCompareView";
import { resolveCatalogView } from "../compare/resolveCatalogView";
import { searchParamsToRecord } from "../url/parseParams";
import type { Catalog, CatalogArgumentStep } from "../dataset/records";
import { serializeView, type ViewState } from "../url/compareUrl";

export type StepView = {
  view: ViewState;
  model: CompareView;
  /** What the dashboard would say it did not understand; data:check keeps this empty. */
  notices: string[];
  /** The compare page's address for the same URL state: "/?m=censorship&chart=timeline". */
  href: string;
};

export function stepView(catalog: Catalog, step: Pick<CatalogArgumentStep, "view">): StepView {
  const { view, notices } = resolveCatalogView(catalog, searchParamsToRecord(new URLSearchParams(step.view)));
  return { view, notices, model: buildCompareView(catalog, view), href: `/${serializeView(view)}` };
}
