import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView } from "@/lib/argument/stepView";
import { buildOverview } from "@/lib/compare/overview";
import { OverviewChart } from "@/components/compare/OverviewChart";
import { OverviewSentences } from "@/components/compare/OverviewSentences";

/**
 * The overview as the compare page draws it: the sentences computed from its rows, then the
 * server-drawn dumbbell rows (shapes, not colours, tell the leaders apart, so it prints as it is).
 * Each row leads to the mechanism's page.
 */
export function StepOverview({ step, model, view }: { step: Pick<ArgumentStep, "slug">; model: StepView["model"]; view: StepView["view"] }) {
  const overview = buildOverview(model, view);
  return (
    <div>
      <OverviewSentences overview={overview} className="mb-3" />
      {/* An id per step: the handout draws several overviews on one page. */}
      <OverviewChart overview={overview} rowHref={(slug) => `/mechanisms/${slug}`} headingId={`overview-${step.slug}`} heading="The overview" />
    </div>
  );
}
