import { Link } from "@/components/common/Link";
import { MechanismIndex } from "@/components/mechanism/MechanismIndex";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";

// A not-found file receives no props, so it reads the catalog itself to list what does exist. It is
// prerendered with the mechanism pages (a request-time call here would make them render per request).
export default async function MechanismNotFound() {
  const result = await withDatabase(getCatalog);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">No mechanism by that name</h1>
        <p className="mt-2 max-w-2xl">
          The address names a mechanism that is not in the dataset. It may be misspelt, or the link may be out of date.
          {result.ok ? " These are the mechanisms that do exist:" : null}
        </p>
      </header>
      {result.ok ? (
        <MechanismIndex catalog={result.data} />
      ) : (
        <p>
          The list of mechanisms cannot be read right now. Try the{" "}
          <Link href="/" className="text-accent underline underline-offset-2">
            compare view
          </Link>
          .
        </p>
      )}
      <p>
        <Link href="/" className="text-link">
          Back to the compare view
        </Link>
      </p>
    </div>
  );
}
