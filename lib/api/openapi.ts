// The OpenAPI 3.1 document, generated: the components come from the zod schemas registered in
// lib/api (z.toJSONSchema, JSON Schema 2020-12, which is OpenAPI 3.1's dialect), the paths from
// the endpoint list, the parameters from the same definitions the requests are parsed with.
import { z } from "zod";
import { API_BASE, endpoints, type EndpointDoc } from "./endpoints";
import { apiParameterNames, apiParameters, type ApiParameterName } from "./parameters";
import { apiSchemas } from "./schemas";
import { CACHE_CONTROL } from "../server/cachePolicy";

type JsonSchema = Record<string, unknown>;

const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Drops what says nothing to a reader: `$schema`/`$id` on components, JavaScript's integer limits. */
function tidy(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}
const dropIntegerLimits = ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
  if (jsonSchema.minimum === -MAX_SAFE) delete jsonSchema.minimum;
  if (jsonSchema.maximum === MAX_SAFE) delete jsonSchema.maximum;
};

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    uri: (id) => `#/components/schemas/${id}`,
    override: dropIntegerLimits,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, tidy(schema as JsonSchema)]));
}

function parameterSchema(name: ApiParameterName): JsonSchema {
  const p = apiParameters[name];
  const schema = tidy(z.toJSONSchema(p.value, { override: dropIntegerLimits }) as JsonSchema);
  return p.default === null ? schema : { ...schema, default: p.default };
}

function queryParameter(name: ApiParameterName) {
  const p = apiParameters[name];
  return {
    name,
    in: "query",
    required: false,
    description: p.description,
    schema: parameterSchema(name),
    ...(p.list ? { style: "form", explode: false } : {}),
  };
}

const jsonContent = (id: string) => ({ "application/json": { schema: schemaRef(id) } });
const cacheHeaders = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
};

function operation(endpoint: EndpointDoc) {
  const responses: Record<string, unknown> = {
    "200": { description: endpoint.summary, headers: cacheHeaders, content: jsonContent(endpoint.responseId) },
    "304": { $ref: "#/components/responses/NotModified" },
    "400": { $ref: "#/components/responses/InvalidParameters" },
  };
  if (endpoint.resource !== null) responses["404"] = { $ref: "#/components/responses/NotFound" };
  if (endpoint.needsDataset) responses["503"] = { $ref: "#/components/responses/Unavailable" };

  const slug =
    endpoint.resource === null
      ? []
      : [{ name: "slug", in: "path", required: true, description: `The ${endpoint.resource}'s slug.`, schema: { type: "string" } }];
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: [
      ...slug,
      ...endpoint.params.map((name) => ({ $ref: `#/components/parameters/${name}` })),
      { $ref: "#/components/parameters/If-None-Match" },
    ],
    responses,
  };
}

let components: ReturnType<typeof buildComponents> | undefined;
function buildComponents() {
  const parameters: Record<string, object> = {
    ...Object.fromEntries(apiParameterNames.map((name) => [name, queryParameter(name)])),
    "If-None-Match": {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "The ETag of an answer already held; the server answers 304 with no body when it is still current.",
      schema: { type: "string" },
    },
  };
  return {
    schemas: componentSchemas(),
    parameters,
    headers: {
      ETag: { description: "A hash of the body's bytes (a strong validator).", schema: { type: "string" } },
      "Cache-Control": {
        description: `\`${CACHE_CONTROL.public}\` for answers; \`no-cache\` for 400 and 404; \`no-store\` for 500 and 503.`,
        schema: { type: "string" },
      },
    },
    responses: {
      NotModified: { description: "The ETag in If-None-Match is current: no body.", headers: cacheHeaders },
      InvalidParameters: {
        description: "A parameter is unknown, repeated or invalid; every one is listed.",
        headers: cacheHeaders,
        content: jsonContent("InvalidParameters"),
      },
      NotFound: { description: "No record by that slug.", headers: cacheHeaders, content: jsonContent("NotFound") },
      Unavailable: {
        description: "The database cannot be read right now.",
        headers: { ...cacheHeaders, "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } } },
        content: jsonContent("Unavailable"),
      },
    },
  };
}

/**
 * The whole document. The server and the documentation are given as relative URLs, resolved
 * against wherever the document was fetched from (OpenAPI 3.1 allows this), so the document
 * never repeats a Host header back.
 */
export function buildOpenApiDocument() {
  components ??= buildComponents();
  return {
    openapi: "3.1.0" as const,
    info: {
      title: "Lenin vs Stalin: the dashboard's data",
      version: "1.0.0",
      description: [
        "Read-only JSON API over the dashboard's sourced dataset. Every answer has `data` and `meta` (the dataset version; for lists the counts and the filters applied).",
        "List endpoints take the dashboard's own filters (`a`, `b`, `cat`, `m`, `from`, `to`, `q`) where they apply; an invalid, repeated or unknown parameter is answered 400 with every problem listed.",
        "Records cite their sources by slug; `/sources/{slug}` describes each source and lists what cites it.",
      ].join("\n\n"),
    },
    servers: [{ url: API_BASE, description: "This server" }],
    externalDocs: { description: "The API explained, with examples", url: "/api" },
    paths: Object.fromEntries(endpoints.map((e) => [e.path, { get: operation(e) }])),
    components,
  };
}
