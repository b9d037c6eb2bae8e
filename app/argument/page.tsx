import type { Metadata } from "next";
import { ArgumentIndex } from "@/components/argument/ArgumentIndex";
import { getArgument } from "@/lib/queries/argument";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";
import "./argument.css";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "The argument, step by step",
    description:
      "A guided path through the continuity debate between Lenin and Stalin: what the essay claims, what the evidence shows and what historians dispute, step by step, each with its chart and sources. Prints as a classroom handout.",
    path: "/argument",
    image: "/og/argument",
  });
}

export default async function ArgumentPage() {
  // Prerendered by the build, which fails if the database cannot be read.
  const { steps } = await readForPrerender(getArgument);
  return <ArgumentIndex steps={steps} />;
}
