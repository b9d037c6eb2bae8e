// Examples for the /api page, computed from the real data by the same code that answers the
// requests, then cut down so a reader can take them in.
import { vocabularyOf } from "./dataset";
import { API_BASE, type DataEndpoint, type EndpointDoc } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";
import { parseApiParameters } from "./parameters";
import type { ApiDataset } from "./schemas";

const EXAMPLE_TEXT = 120;

export type EndpointExample = { url: string; status: number; body: string };

/**
 * Every list cut to its first item, which shows the shape of its records (the request link gives
 * them all, and `meta.count` says how many there are), long texts shortened; the rest as it is.
 */
export function trimForExample(value: unknown): unknown {
  if (typeof value === "string") return value.length > EXAMPLE_TEXT ? `${value.slice(0, EXAMPLE_TEXT - 1)}…` : value;
  if (Array.isArray(value)) return value.slice(0, 1).map(trimForExample);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimForExample(v)]));
  }
  return value;
}

/** `data`'s lists written as their length ("… 259 records"), everything else trimmed as usual. */
function outlineLists(body: unknown): unknown {
  if (body === null || typeof body !== "object" || !("data" in body)) return trimForExample(body);
  const data = Object.fromEntries(
    Object.entries(body.data as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? [`… ${v.length} records`] : trimForExample(v)]),
  );
  return { ...(trimForExample(body) as object), data };
}

/** The endpoint's example request and what the server answers to it, trimmed. */
export function exampleOf(endpoint: EndpointDoc | DataEndpoint, dataset: ApiDataset): EndpointExample {
  const relative = endpoint.example(dataset);
  const url = `${API_BASE}${relative}`;
  if (!("answer" in endpoint)) {
    // The OpenAPI document: its first paths only, and the components left out.
    const document = buildOpenApiDocument();
    const paths = Object.fromEntries(Object.entries(document.paths).slice(0, 1));
    return { url, status: 200, body: show({ ...document, paths, components: "…" }) };
  }
  const { pathname, searchParams } = new URL(relative, "http://example.invalid");
  const parsed = parseApiParameters(searchParams, endpoint.params, vocabularyOf(dataset));
  if (!parsed.ok) return { url, status: 400, body: show({ error: "invalid_parameters", issues: parsed.issues }) };
  const slug = endpoint.resource === null ? "" : decodeURIComponent(pathname.split("/").at(-1) ?? "");
  const body = endpoint.answer(dataset, parsed.filters, slug);
  if (body === null) return { url, status: 404, body: "" };
  // The whole dataset holds every other endpoint's records: its example shows each list by its
  // length (their records are shown under their own endpoints), not a first record of each.
  return { url, status: 200, body: show(endpoint.operationId === "getDataset" ? outlineLists(body) : trimForExample(body)) };
}

/** What a request with bad parameters gets, computed by the real parser. */
export function invalidExample(endpoint: DataEndpoint, query: string, dataset: ApiDataset): EndpointExample {
  const parsed = parseApiParameters(new URLSearchParams(query), endpoint.params, vocabularyOf(dataset));
  const body = parsed.ok ? {} : { error: "invalid_parameters", issues: parsed.issues };
  return { url: `${API_BASE}${endpoint.path}?${query}`, status: parsed.ok ? 200 : 400, body: show(body) };
}

const show = (value: unknown) => JSON.stringify(value, null, 2);
