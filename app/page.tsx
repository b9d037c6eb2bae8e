import { connection } from "next/server";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { getLeaders } from "@/lib/queries/leaders";
import { withDatabase } from "@/lib/queries/withDatabase";

export default async function HomePage() {
  await connection();
  const result = await withDatabase(getLeaders);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  return (
    <div>
      <h1 className="text-2xl font-bold">Lenin and Stalin, side by side</h1>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {result.data.map((leader) => (
          <li key={leader.slug} className="rounded-lg border border-border bg-card p-4">
            <h2 className="text-lg font-semibold">{leader.name}</h2>
            <p className="text-sm text-muted">{leader.fullName}</p>
            <p className="mt-2">
              In power {leader.powerStart.slice(0, 4)}–{leader.powerEnd.slice(0, 4)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
