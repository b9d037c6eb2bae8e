// The route handlers' shared body: parse the request, read the dataset, answer. Each file under
// app/api/v1/ only says which endpoint it serves.
import "server-only";
import { env } from "../env";
import { getCatalog } from "../queries/catalog";
import { withDatabase } from "../queries/withDatabase";
import { toApiDataset, vocabularyOf } from "./dataset";
import { API_BASE, type DataEndpoint } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";
import { parseApiParameters, quote } from "./parameters";
import { internalError, invalidParameters, jsonResponse, notFound, unavailable } from "./respond";

type SlugContext = { params: Promise<{ slug: string }> };
type PathContext = { params: Promise<{ path?: string[] }> };

/** The dataset as the API serves it. */
export const readApiData = async () => toApiDataset(await getCatalog());

/** The dataset as the API serves it, or the reason the database cannot be read. */
export const readApiDataset = () => withDatabase(readApiData);

async function answer(request: Request, endpoint: DataEndpoint, slug: string): Promise<Response> {
  // The parameters name slugs, so they are checked once the dataset is read.
  const loaded = await readApiDataset();
  if (!loaded.ok) return unavailable(loaded.problem);
  const parsed = parseApiParameters(new URL(request.url).searchParams, endpoint.params, vocabularyOf(loaded.data));
  if (!parsed.ok) return invalidParameters(parsed.issues);
  const body = endpoint.answer(loaded.data, parsed.filters, slug);
  if (body === null) return notFound([{ parameter: "slug", reason: `no ${endpoint.resource} ${quote(slug)} in the dataset` }]);
  // Outside production, check every answer against the schema the OpenAPI document shows.
  if (env.nodeEnv !== "production") endpoint.response.parse(body);
  return jsonResponse(200, body);
}

/**
 * A failure that is neither the database's (withDatabase answers those: 503) nor the request's
 * (400, 404) is a bug, such as data that fails its own schema: 500, logged once with its stack.
 */
async function answerOrReportBug(request: Request, endpoint: DataEndpoint, slug: string): Promise<Response> {
  try {
    return await answer(request, endpoint, slug);
  } catch (error) {
    console.error(`[bug] GET ${new URL(request.url).pathname} failed:`, error);
    return internalError();
  }
}

/** GET for a list endpoint (or the whole dataset). */
export function collectionRoute(endpoint: DataEndpoint) {
  return (request: Request) => answerOrReportBug(request, endpoint, "");
}

/** GET for an endpoint that names one record: /…/{slug}. */
export function recordRoute(endpoint: DataEndpoint) {
  return async (request: Request, { params }: SlugContext) => answerOrReportBug(request, endpoint, (await params).slug);
}

/** GET /openapi.json: needs no database. */
export function openApiRoute() {
  return (request: Request) => {
    const parsed = parseApiParameters(new URL(request.url).searchParams, [], { leaders: [], mechanisms: [], metrics: [], events: [] });
    if (!parsed.ok) return invalidParameters(parsed.issues);
    return jsonResponse(200, buildOpenApiDocument());
  };
}

/** Any other path under the API: a JSON 404 pointing at the document that lists what exists. */
export function unknownPathRoute() {
  return async (request: Request, { params }: PathContext) => {
    const path = [API_BASE, ...((await params).path ?? [])].join("/");
    return notFound([{ parameter: "path", reason: `no endpoint ${quote(path)}; the endpoints are listed in ${API_BASE}/openapi.json` }]);
  };
}
