import type { Metadata } from "next";
import { Link } from "@/components/common/Link";
import { Handout } from "@/components/argument/Handout";
import { getArgument } from "@/lib/queries/argument";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";
import "../argument.css";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "The argument as a classroom handout",
    description:
      "Every step of the guided argument on Lenin and Stalin on one page for printing: what the essay claims, what the evidence shows and what historians dispute, each step's chart in black and white, its sources in full, and the questions for discussion.",
    path: "/argument/handout",
    image: "/og/argument",
  });
}

// The handout has a page of its own (a static segment, so it comes before the steps' [slug]):
// all the steps with their charts and full references are a document for paper, several times the
// size of the list at /argument, which a reader on a phone opens first.
export default async function HandoutPage() {
  const { catalog, steps } = await readForPrerender(getArgument);
  return (
    <div className="argument-index mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <p className="argument-controls text-sm">
          <Link className="text-link" href="/argument">
            ← The argument, step by step
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">The argument as a handout</h1>
        <p className="argument-controls leading-relaxed">
          All {steps.length} steps on one page, made for printing (your browser&apos;s Print command): each step starts a new
          sheet with its text, its chart in black and white and its sources in full, and the questions for discussion are
          gathered at the end.
        </p>
      </header>
      <Handout catalog={catalog} steps={steps} />
    </div>
  );
}
