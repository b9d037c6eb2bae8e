import type { Metadata } from "next";
import { Link } from "@/components/common/Link";
import type { ReactNode } from "react";
import { API_BASE, dataEndpoints, endpoints, type EndpointDoc } from "@/lib/api/endpoints";
import { exampleOf, invalidExample, type EndpointExample } from "@/lib/api/examples";
import { readApiData } from "@/lib/api/handlers";
import { apiParameters } from "@/lib/api/parameters";
import { cacheControl } from "@/lib/api/respond";
import type { ApiDataset } from "@/lib/api/schemas";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { escapeHtmlText } from "@/lib/text/escapeHtml";

export const metadata: Metadata = {
  title: "JSON API",
  description:
    "A read-only JSON API over the dataset (Lenin and Stalin, with Nicholas II before them and Khrushchev after on the same rubric): leaders, mechanisms, assessments, events, institutions, yearly series, contested figures, sources and the essay's claims, with the dashboard's filters and an OpenAPI 3.1 document.",
};

const OPENAPI = `${API_BASE}/openapi.json`;
const anchor = (e: EndpointDoc) => `endpoint-${e.operationId}`;
// Every query parameter some endpoint takes, in the order the endpoints first name them: each is
// described once (the list endpoints share the dashboard's filters, and repeating the same
// descriptions under each made most of the page's weight).
const usedParameters = [...new Set(endpoints.flatMap((e) => e.params))];
const linkClass = "text-link";

export default async function ApiPage() {
  // Prerendered by the build: the examples are the real answers of the data it was built with,
  // which is the data every instance serves (the database is built at deployment, read-only after).
  const dataset = await readForPrerender(readApiData);
  const badRequest = invalidExample(dataEndpoints.events, "from=abc&m=nope&bogus=1", dataset);

  return (
    <div className="max-w-4xl min-w-0 space-y-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">JSON API</h1>
        <p>
          Everything the dashboard shows can be read as JSON, without a key: {endpoints.length} read-only endpoints under{" "}
          <code>{API_BASE}</code>, answering from dataset version {dataset.dataset.version}. The machine-readable description
          is an OpenAPI 3.1 document, generated from the same schemas the server checks its answers with:{" "}
          <a className={linkClass} href={OPENAPI}>
            {OPENAPI}
          </a>
          .
        </p>
        <nav aria-label="Endpoints" className="text-sm">
          <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {endpoints.map((e) => (
              <li key={e.operationId}>
                <a className={`${linkClass} break-all`} href={`#${anchor(e)}`}>
                  GET {API_BASE}
                  {e.path}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section aria-labelledby="conventions" className="space-y-3">
        <h2 id="conventions" className="section-heading">
          How it answers
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            Every answer is a JSON object with <code>data</code> (a record or a list of records) and <code>meta</code> (the
            dataset version; for lists, how many records matched, how many there are and the filters applied).
          </li>
          <li>
            The lists take the{" "}
            <Link className={linkClass} href="/">
              dashboard&apos;s
            </Link>{" "}
            own filters, parsed by the same code: the query string of a dashboard view, such as{" "}
            <code className="break-all">?m=secret-police&amp;from=1918&amp;to=1938</code>, gives{" "}
            <code>{API_BASE}/events</code> the events that view lists.
          </li>
          <li>
            Where the dashboard falls back to its defaults, the API refuses: an invalid, repeated or unknown parameter is
            answered <strong>400</strong>, naming each one. An unknown slug or path is answered <strong>404</strong> in the
            same shape. If the database cannot be read the answer is <strong>503</strong> with the reason.
          </li>
          <li>
            Every answer carries an <code>ETag</code>; send it back in <code>If-None-Match</code> and an unchanged answer
            comes back as <strong>304</strong> with no body. Answers may be cached: <code>{cacheControl.ok}</code>.
          </li>
          <li>Records name each other by slug; every record cites its sources, described at {API_BASE}/sources/&#123;slug&#125;.</li>
        </ul>
        <Example title="A request with bad parameters" example={badRequest} />
      </section>

      <section aria-labelledby="parameters" className="space-y-3">
        <h2 id="parameters" className="section-heading">
          Query parameters
        </h2>
        <p className="text-muted">Each endpoint below names the ones it takes; they mean the same wherever they appear.</p>
        <dl className="space-y-2">
          {usedParameters.map((name) => {
            const p = apiParameters[name];
            return (
              <Parameter key={name} name={name}>
                <Prose text={p.description} />
                {p.default !== null && (Array.isArray(p.default) ? p.default.length > 0 : p.default !== "") && (
                  <>
                    {" "}
                    Default: <code>{String(p.default)}</code>.
                  </>
                )}
              </Parameter>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="endpoints" className="space-y-8">
        <h2 id="endpoints" className="section-heading">
          Endpoints
        </h2>
        <p className="text-muted">
          The examples below are answered from the data now: every list is cut to its first record (the whole dataset&apos;s lists are given by their length), and long
          texts shortened; the request links give the full answers.
        </p>
        {endpoints.map((e) => (
          <EndpointSection key={e.operationId} endpoint={e} example={exampleOf(e, dataset)} dataset={dataset} />
        ))}
      </section>
    </div>
  );
}

function EndpointSection({ endpoint, example, dataset }: { endpoint: EndpointDoc; example: EndpointExample; dataset: ApiDataset }) {
  const id = anchor(endpoint);
  const statuses = ["200", "304", "400", ...(endpoint.resource ? ["404"] : []), ...(endpoint.needsDataset ? ["503"] : [])];
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3 border-t border-border pt-6">
      <h3 id={id} className="scroll-mt-4 text-lg font-semibold break-all">
        GET {API_BASE}
        {endpoint.path}
      </h3>
      <p>
        <strong>{endpoint.summary}.</strong> <Prose text={endpoint.description} />
      </p>
      <p>
        Parameters:{" "}
        {endpoint.resource === null && endpoint.params.length === 0 ? (
          <span className="text-muted">none</span>
        ) : (
          <>
            {endpoint.resource ? (
              <>
                <code className="font-semibold">slug</code> (path: the {endpoint.resource}&apos;s slug, e.g.{" "}
                <code>{endpoint.example(dataset).split("/").at(-1)}</code>)
                {endpoint.params.length > 0 ? ", " : ""}
              </>
            ) : null}
            {endpoint.params.map((name, i) => (
              <span key={name}>
                {i > 0 ? ", " : ""}
                <a className={linkClass} href={`#param-${name}`}>
                  <code>{name}</code>
                </a>
              </span>
            ))}
          </>
        )}
        .
      </p>
      <p className="text-sm text-muted">Answers: {statuses.join(", ")}.</p>
      <Example title="Example" example={example} />
    </section>
  );
}

/** The descriptions are written for the OpenAPI document: `backticks` mark code. */
function Prose({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function Parameter({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div id={`param-${name}`} className="scroll-mt-4 sm:flex sm:gap-3">
      <dt className="shrink-0 sm:w-24">
        <code className="font-semibold">{name}</code>
      </dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

function Example({ title, example }: { title: string; example: EndpointExample }) {
  return (
    <div className="min-w-0 space-y-2">
      <p>
        {title}:{" "}
        <a className={`${linkClass} break-all`} href={example.url}>
          <code>GET {example.url}</code>
        </a>{" "}
        → {example.status}
      </p>
      {example.body && (
        // Folded (two dozen boxes of JSON made the page too long on a phone); the request link above
        // gives the whole answer. Styled from .api-answer, not element by element.
        <details className="api-answer">
          <summary>The answer</summary>
          <pre tabIndex={0} role="region" aria-label={`Answer to GET ${example.url}`}>
            {/* Escaped by hand for an element's content only: React's own escaping also writes every
                quotation mark as &quot;, which made the JSON examples twice their size. */}
            <code dangerouslySetInnerHTML={{ __html: escapeHtmlText(example.body) }} />
          </pre>
        </details>
      )}
    </div>
  );
}
