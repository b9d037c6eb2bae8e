import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepDetail } from "@/components/argument/StepDetail";
import { firstSentence } from "@/lib/text/firstSentence";
import { stepView } from "@/lib/argument/stepView";
import { getArgument, getArgumentStep } from "@/lib/queries/argument";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";
import "../argument.css";

type Props = { params: Promise<{ slug: string }> };

// One page per step, prerendered by the build (which fails if the database cannot be read), like
// the mechanism pages: any other slug is the site's prerendered 404 page, without a render.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const { steps } = await readForPrerender(getArgument);
  return steps.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await readForPrerender(() => getArgumentStep(slug));
  if (!found) return { title: "No such step" };
  const { step, number, total } = found;
  const title = `Step ${number} of ${total}: ${step.title}`;
  // Shared alone, a step says what it shows: the first sentence of the evidence and of the dispute.
  const description = `${firstSentence(step.evidence)} ${firstSentence(step.dispute)}`;
  return pageMetadata({ title, description, path: `/argument/${step.slug}`, image: `/og/argument/${step.slug}`, type: "article" });
}

export default async function ArgumentStepPage({ params }: Props) {
  const { slug } = await params;
  const found = await readForPrerender(() => getArgumentStep(slug));
  if (!found) notFound();
  const { catalog, step, ...place } = found;
  return <StepDetail catalog={catalog} step={step} model={stepView(catalog, step)} {...place} />;
}
