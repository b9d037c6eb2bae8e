import { describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints, openApiDocumentSchema } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiParameterNames } from "@/lib/api/parameters";

const document = buildOpenApiDocument();
type Operation = {
  operationId: string;
  parameters: ({ $ref: string } | { name: string; in: string })[];
  responses: Record<string, { $ref?: string; content?: { "application/json": { schema: { $ref: string } } } }>;
};
const operation = (path: string) => (document.paths[path] as { get: Operation } | undefined)?.get;

/** The paths the API must serve (the issue's list). */
const required = [
  "/leaders",
  "/leaders/{slug}",
  "/mechanisms",
  "/mechanisms/{slug}",
  "/assessments",
  "/events",
  "/events/{slug}",
  "/institutions",
  "/institutions/{slug}",
  "/metrics",
  "/metrics/{slug}",
  "/figures",
  "/sources",
  "/sources/{slug}",
  "/claims",
  "/interpretations",
  "/argument",
  "/argument/{slug}",
  "/changelog",
  "/dataset",
  "/openapi.json",
];

/** Follows a local "#/components/…" reference. */
function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1, with the server relative to where it is served, and plain JSON", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: expect.any(String), version: "1.0.0" });
    expect(document.servers).toEqual([{ url: "/api/v1", description: "This server" }]);
    // Plain JSON: nothing that JSON.stringify would drop or change (undefined, functions, dates).
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
    expect(openApiDocumentSchema.safeParse(document).success).toBe(true);
  });

  it("has every endpoint's path, and no other", () => {
    expect(Object.keys(document.paths).sort()).toEqual([...required].sort());
    expect(endpoints.map((e) => e.path).sort()).toEqual([...required].sort());
    const ids = endpoints.map((e) => operation(e.path)?.operationId);
    expect(new Set(ids).size).toBe(endpoints.length);
  });

  it("gives every operation its 200, 304 and 400, 404 where a slug is named and 503 where the database is read", () => {
    for (const e of endpoints) {
      const responses = operation(e.path)?.responses ?? {};
      const expected = ["200", "304", "400", ...(e.path.includes("{slug}") ? ["404"] : []), ...(e.needsDataset ? ["503"] : [])];
      expect(Object.keys(responses).sort(), e.path).toEqual(expected.sort());
    }
    expect(operation("/events")?.responses["503"]).toEqual({ $ref: "#/components/responses/Unavailable" });
    expect(operation("/events/{slug}")?.responses["404"]).toEqual({ $ref: "#/components/responses/NotFound" });
  });

  it("describes each 200 with the component generated from the zod schema the endpoint answers with", () => {
    for (const e of endpoints) {
      const ref = operation(e.path)?.responses["200"]?.content?.["application/json"].schema.$ref;
      expect(ref, e.path).toBe(`#/components/schemas/${e.responseId}`);
      const component = resolve(ref ?? "") as { properties: Record<string, { properties?: Record<string, unknown> }> };
      expect(Object.keys(component.properties), e.path).toEqual(Object.keys((e.response as z.ZodObject).shape));
      const filters = component.properties.meta?.properties?.filters as { properties: object } | undefined;
      if (e.path !== "/openapi.json" && !e.path.includes("{slug}") && e.path !== "/dataset") {
        expect(Object.keys(filters?.properties ?? {}), e.path).toEqual(e.params);
      }
    }
  });

  it("has the error bodies as components, each listing its shape", () => {
    for (const id of ["InvalidParameters", "NotFound", "Unavailable"]) {
      expect(document.components.schemas[id], id).toMatchObject({ type: "object", required: expect.arrayContaining(["error"]) });
    }
    expect(document.components.schemas.InvalidParameters).toMatchObject({
      properties: { error: { const: "invalid_parameters" }, issues: { type: "array", items: { $ref: "#/components/schemas/ParameterIssue" } } },
    });
  });

  it("declares each endpoint's query parameters, generated from the parameter definitions", () => {
    expect(Object.keys(document.components.parameters).sort()).toEqual([...apiParameterNames, "If-None-Match"].sort());
    for (const e of endpoints) {
      const names = (operation(e.path)?.parameters ?? []).map((p) => ("$ref" in p ? p.$ref.split("/").at(-1) : p.name));
      expect(names, e.path).toEqual([...(e.path.includes("{slug}") ? ["slug"] : []), ...e.params, "If-None-Match"]);
    }
    expect(document.components.parameters.m).toMatchObject({ in: "query", style: "form", explode: false, schema: { type: "array" } });
    expect(document.components.parameters.from).toMatchObject({ schema: { type: "integer", minimum: 1894, maximum: 1964, default: 1917 } });
    expect(document.components.parameters.cat).toMatchObject({ schema: { enum: ["all", "tools-of-power", "policy", "goals"] } });
    expect(operation("/events")?.parameters).toContainEqual({ $ref: "#/components/parameters/m" });
    expect(operation("/claims")?.parameters).toContainEqual({ $ref: "#/components/parameters/verdict" });
  });

  it("has no reference that leads nowhere", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) expect(resolve(ref), ref).toBeDefined();
  });

  it("keeps the records' components strict, as the answers are", () => {
    expect(document.components.schemas.Event).toMatchObject({
      type: "object",
      additionalProperties: false,
      properties: { precision: { enum: ["day", "month", "year"] }, sources: { type: "array", items: { $ref: "#/components/schemas/Citation" } } },
    });
    expect(document.components.schemas.SourceDetail).toMatchObject({ additionalProperties: false });
  });

  it("describes every field of the dataset's records, with the words the dataset zip uses", () => {
    const dataset = document.components.schemas.Dataset as { properties: Record<string, { items?: { $ref: string } }> };
    const recordIds = Object.values(dataset.properties).flatMap((p) => (p.items ? [p.items.$ref] : []));
    expect(recordIds.length).toBe(Object.keys(dataset.properties).length - 1);
    for (const ref of recordIds) {
      const record = resolve(ref) as { properties: Record<string, { description?: string }> };
      for (const [field, schema] of Object.entries(record.properties)) {
        const described = schema.description ?? (resolve((schema as { $ref?: string }).$ref ?? "") as { description?: string } | undefined)?.description;
        expect(described, `${ref} ${field}`).toBeTruthy();
      }
    }
    expect((document.components.schemas.Assessment as { properties: { relation: { description: string } } }).properties.relation.description).toMatch(
      /originated, re-created, kept, expanded, transformed, curtailed, dismantled, reversed, absent/,
    );
  });
});
