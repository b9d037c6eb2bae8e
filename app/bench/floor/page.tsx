// The floor of `npm run bench`'s Lighthouse rows: one paragraph in the site's layout, so what
// Lighthouse measures here is the cost of Next.js, React and the layout alone, which no page of
// the dashboard can go below. Served only when BENCH_PAGES=1 (bench/server.mjs sets it); a 404
// everywhere else.
import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Benchmark floor" };

export default async function BenchFloorPage() {
  // Decided per request: a build-time copy would be a 404 in the benchmark too.
  await connection();
  if (!env.benchPages) notFound();
  return (
    <p className="max-w-prose">
      A page with one paragraph in the dashboard&apos;s layout, for the benchmark: Lighthouse&apos;s score here is what
      Next.js, React and the layout cost on their own.
    </p>
  );
}
