// Checks a Frictionless Data Package (v2, https://datapackage.org/standard/) without a validator
// library (there is no maintained one for JavaScript): the descriptor against JSON Schemas written
// here from the standard's text, the rules a JSON Schema cannot state (unique names, keys naming
// real fields and resources), and every CSV file read against its Table Schema: header, types,
// required values, primary keys unique, foreign keys pointing at rows that exist.
import { Ajv } from "ajv";
import { parse } from "csv-parse/sync";

// A path inside the package: relative, POSIX, not climbing out of it; or an http(s) URL.
const path = { type: "string", pattern: "^(?:(?![/.~])(?!.*\\.\\./)(?!.*\\\\)(?![a-zA-Z][a-zA-Z0-9+.-]*:).+|https?://.+)$" };
const stringOrStrings = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] };

/** Table Schema: https://datapackage.org/standard/table-schema/ */
export const tableSchemaJsonSchema = {
  $id: "table-schema",
  type: "object",
  required: ["fields"],
  properties: {
    $schema: { type: "string" },
    fields: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          type: {
            enum: ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"],
          },
          format: { type: "string" },
          title: { type: "string" },
          description: { type: "string" },
          example: {},
          missingValues: { type: "array", items: { type: "string" } },
          delimiter: { type: "string", minLength: 1 },
          itemType: { enum: ["string", "integer", "boolean", "number", "datetime", "date", "time"] },
          trueValues: { type: "array", items: { type: "string" } },
          falseValues: { type: "array", items: { type: "string" } },
          constraints: {
            type: "object",
            properties: {
              required: { type: "boolean" },
              unique: { type: "boolean" },
              pattern: { type: "string" },
              enum: { type: "array", minItems: 1 },
              minLength: { type: "integer", minimum: 0 },
              maxLength: { type: "integer", minimum: 0 },
              minimum: {},
              maximum: {},
            },
            additionalProperties: false,
          },
        },
      },
    },
    missingValues: {
      type: "array",
      items: { oneOf: [{ type: "string" }, { type: "object", required: ["value"], properties: { value: { type: "string" }, label: { type: "string" } } }] },
    },
    primaryKey: stringOrStrings,
    uniqueKeys: { type: "array", items: { type: "array", items: { type: "string" }, minItems: 1 } },
    foreignKeys: {
      type: "array",
      items: {
        type: "object",
        required: ["fields", "reference"],
        properties: {
          fields: stringOrStrings,
          reference: {
            type: "object",
            required: ["fields"],
            properties: { resource: { type: "string" }, fields: stringOrStrings },
          },
        },
      },
    },
    fieldsMatch: { enum: ["exact", "equal", "subset", "superset", "partial"] },
  },
};

/** Data Resource: https://datapackage.org/standard/data-resource/ */
export const dataResourceJsonSchema = {
  $id: "data-resource",
  type: "object",
  required: ["name"],
  oneOf: [{ required: ["path"] }, { required: ["data"] }],
  properties: {
    $schema: { type: "string" },
    // "SHOULD consist only of lowercase alphanumeric characters plus '.', '-' and '_'".
    name: { type: "string", pattern: "^[a-z0-9._-]+$" },
    path: { oneOf: [path, { type: "array", items: path, minItems: 1 }] },
    data: {},
    type: { enum: ["table"] },
    title: { type: "string" },
    description: { type: "string" },
    homepage: { type: "string" },
    format: { type: "string" },
    mediatype: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" },
    encoding: { type: "string" },
    bytes: { type: "integer", minimum: 0 },
    hash: { type: "string" },
    schema: { oneOf: [{ $ref: "table-schema" }, path] },
    dialect: { oneOf: [{ type: "object" }, path] },
  },
};

/** Data Package: https://datapackage.org/standard/data-package/ */
export const dataPackageJsonSchema = {
  $id: "data-package",
  type: "object",
  required: ["resources"],
  properties: {
    $schema: { type: "string" },
    name: { type: "string", pattern: "^[a-z0-9._-]+$" },
    id: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    homepage: { type: "string" },
    version: { type: "string" },
    created: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T" },
    keywords: { type: "array", items: { type: "string" }, minItems: 1 },
    image: { type: "string" },
    licenses: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        anyOf: [{ required: ["name"] }, { required: ["path"] }],
        properties: { name: { type: "string", pattern: "^[-a-zA-Z0-9._]+$" }, path, title: { type: "string" } },
      },
    },
    contributors: { type: "array", minItems: 1, items: { type: "object", minProperties: 1 } },
    sources: { type: "array", items: { type: "object", minProperties: 1 } },
    resources: { type: "array", minItems: 1, items: { $ref: "data-resource" } },
  },
};

type Field = { name: string; type?: string; delimiter?: string; trueValues?: string[]; falseValues?: string[]; constraints?: { required?: boolean; pattern?: string } };
type ForeignKey = { fields: string | string[]; reference: { resource?: string; fields: string | string[] } };
type TableSchema = { fields: Field[]; missingValues?: string[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
type Resource = { name: string; path: string; type?: string; schema?: TableSchema };
type Package = { resources: Resource[] };

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

const ajv = new Ajv({ allErrors: true, schemas: [tableSchemaJsonSchema, dataResourceJsonSchema] });
const validatePackage = ajv.compile(dataPackageJsonSchema);

/** What is wrong with the descriptor: JSON Schema errors, then the standard's other rules. */
export function descriptorProblems(descriptor: unknown): string[] {
  if (!validatePackage(descriptor)) return (validatePackage.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
  const pkg = descriptor as Package;
  const problems: string[] = [];
  const names = pkg.resources.map((r) => r.name);
  for (const name of names.filter((n, i) => names.indexOf(n) !== i)) problems.push(`resource name ${name} is not unique`);
  for (const r of pkg.resources) {
    if (!r.schema) continue;
    const fields = r.schema.fields.map((f) => f.name);
    for (const name of fields.filter((n, i) => fields.indexOf(n) !== i)) problems.push(`${r.name}: field ${name} is not unique`);
    for (const name of list(r.schema.primaryKey)) if (!fields.includes(name)) problems.push(`${r.name}: primary key ${name} is not a field`);
    for (const key of r.schema.foreignKeys ?? []) {
      for (const name of list(key.fields)) if (!fields.includes(name)) problems.push(`${r.name}: foreign key ${name} is not a field`);
      const target = key.reference.resource ? pkg.resources.find((t) => t.name === key.reference.resource) : r;
      if (!target?.schema) problems.push(`${r.name}: foreign key to ${key.reference.resource}, which is not a table`);
      else if (list(key.fields).length !== list(key.reference.fields).length) problems.push(`${r.name}: foreign key ${list(key.fields)} has ${list(key.reference.fields).length} referenced fields`);
      else for (const name of list(key.reference.fields)) if (!target.schema.fields.some((f) => f.name === name)) problems.push(`${r.name}: foreign key to ${target.name}.${name}, not a field`);
    }
  }
  return problems;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/;

/** Why this cell does not fit its field ("" if it does); `null` is a missing value. */
function cellProblem(field: Field, cell: string | null): string {
  if (cell === null) return field.constraints?.required ? "required, but empty" : "";
  const type = field.type ?? "string";
  if (type === "integer" && !INTEGER.test(cell)) return `"${cell}" is not an integer`;
  if (type === "number" && !NUMBER.test(cell)) return `"${cell}" is not a number`;
  if (type === "boolean" && ![...(field.trueValues ?? ["true", "True", "TRUE", "1"]), ...(field.falseValues ?? ["false", "False", "FALSE", "0"])].includes(cell)) {
    return `"${cell}" is not a boolean`;
  }
  if (type === "list" && cell.split(field.delimiter ?? ",").some((item) => item === "")) return `"${cell}" has an empty item`;
  // Table Schema patterns are XML Schema regular expressions: they match the whole value.
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(cell)) return `"${cell}" does not match ${field.constraints.pattern}`;
  return "";
}

/** Every CSV of the package read against its Table Schema; `read` gives a resource path's text. */
export function dataProblems(descriptor: Package, read: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  const rows = new Map<string, (string | null)[][]>();
  const tables = descriptor.resources.filter((r): r is Resource & { schema: TableSchema } => r.type === "table" && r.schema !== undefined);
  for (const r of tables) {
    const text = read(r.path);
    if (text === undefined) {
      problems.push(`${r.path}: missing`);
      continue;
    }
    const [header = [], ...body] = parse(text, { relax_column_count: true }) as string[][];
    const names = r.schema.fields.map((f) => f.name);
    if (header.join(",") !== names.join(",")) problems.push(`${r.path}: header ${header.join(",")} is not the schema's ${names.join(",")}`);
    const missing = new Set(r.schema.missingValues ?? [""]);
    const cells = body.map((row) => row.map((cell) => (missing.has(cell) ? null : cell)));
    rows.set(r.name, cells);
    cells.forEach((row, i) => {
      if (row.length !== names.length) problems.push(`${r.path} row ${i + 2}: ${row.length} cells, not ${names.length}`);
      r.schema.fields.forEach((field, j) => {
        const problem = cellProblem(field, row[j] ?? null);
        if (problem) problems.push(`${r.path} row ${i + 2}, ${field.name}: ${problem}`);
      });
    });
  }
  const column = (resource: string, name: string) => tables.find((t) => t.name === resource)!.schema.fields.findIndex((f) => f.name === name);
  const tuple = (row: (string | null)[], indices: number[]) => (indices.some((i) => row[i] === null) ? null : JSON.stringify(indices.map((i) => row[i])));
  for (const r of tables) {
    const own = rows.get(r.name) ?? [];
    const key = list(r.schema.primaryKey).map((name) => column(r.name, name));
    if (key.length > 0) {
      const seen = new Set<string>();
      own.forEach((row, i) => {
        const value = tuple(row, key);
        if (value === null) problems.push(`${r.path} row ${i + 2}: primary key ${list(r.schema.primaryKey)} has an empty cell`);
        else if (seen.has(value)) problems.push(`${r.path} row ${i + 2}: primary key ${value} repeated`);
        else seen.add(value);
      });
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource ?? r.name;
      const targetKey = list(fk.reference.fields).map((name) => column(target, name));
      const known = new Set((rows.get(target) ?? []).map((row) => tuple(row, targetKey)));
      const fields = list(fk.fields).map((name) => column(r.name, name));
      own.forEach((row, i) => {
        const value = tuple(row, fields);
        // A foreign key with an empty cell points nowhere, which is allowed (an event of neither leader).
        if (value !== null && !known.has(value)) problems.push(`${r.path} row ${i + 2}: ${list(fk.fields)} ${value} is not in ${target}`);
      });
    }
  }
  return problems;
}
