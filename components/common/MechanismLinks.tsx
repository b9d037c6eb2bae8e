import { Link } from "@/components/common/Link";

/** "Mechanisms: Secret police, Purges and show trials", each linking to its page. */
export function MechanismLinks({ slugs, names }: { slugs: readonly string[]; names: ReadonlyMap<string, string> }) {
  if (slugs.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <span className="font-medium">Mechanisms: </span>
      <ul className="list-commas">
        {slugs.map((m) => (
          <li key={m}>
            <Link href={`/mechanisms/${m}`} className="text-link">
              {names.get(m) ?? m}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
