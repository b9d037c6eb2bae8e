// datapackage.json of the dataset zip: the zip's folder as a Frictionless Data Package (v2,
// https://datapackage.org), so that tools that read the standard (frictionless-py, R's
// frictionless, Open Data Editor) load every CSV with its column types, descriptions, keys and
// the links between files, and can check the files against them.
import type { Catalog } from "../queries/catalog";
import { bibliographyFiles } from "../sources/bibliographyFiles";
import type { ColumnMetadata, Table, ZipOptions } from "./datasetZip";
import { DATASET_NAME } from "./fileNames";

/** A Table Schema field (https://datapackage.org/standard/table-schema/). */
export type TableSchemaField = {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "list";
  description: string;
  constraints?: { required?: true; pattern?: string };
  /** For lists: what separates the items, and their type. */
  delimiter?: string;
  itemType?: "string";
};

export type TableSchema = {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
};

type Resource = {
  name: string;
  path: string;
  title?: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: "utf-8";
} & ({ type: "table"; schema: TableSchema } | { type?: never; schema?: never });

export type DataPackage = {
  $schema: string;
  name: string;
  title: string;
  version: string;
  description: string;
  homepage?: string;
  resources: Resource[];
};

const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
// Dates are cut to their precision (1918, 1918-09, 1918-09-05), which Table Schema's date type
// does not allow: they are strings of that shape.
const PARTIAL_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";
const LIST_DELIMITER = "; ";

function field(column: ColumnMetadata): TableSchemaField {
  const constraints = {
    ...(column.required ? { required: true as const } : {}),
    ...(column.type === "date" ? { pattern: PARTIAL_DATE } : {}),
  };
  const type = column.type === "date" ? "string" : column.type;
  return {
    name: column.name,
    type,
    description: column.description,
    ...(type === "list" ? { delimiter: LIST_DELIMITER, itemType: "string" as const } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

const resourceName = (file: string) => file.replace(/\.[a-z]+$/, "");

function tableResource(t: Table): Resource {
  return {
    name: resourceName(t.file),
    type: "table",
    path: t.file,
    description: t.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: {
      fields: t.columns.map(field),
      // Every CSV writes no value as an empty cell, and nothing else.
      missingValues: [""],
      ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
      ...(t.foreignKeys
        ? { foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: resourceName(`${k.table}.csv`), fields: k.references } })) }
        : {}),
    },
  };
}

const bibliographyResources: Resource[] = Object.entries(bibliographyFiles).map(([file, { label, contentType }]) => ({
  name: `${resourceName(file)}-${label.toLowerCase()}`,
  path: file,
  title: `The bibliography (${label})`,
  description: `Every source cited in the dataset, as ${label}, for reference managers. The same sources as sources.csv.`,
  format: file.split(".").pop()!,
  mediatype: contentType.split(";")[0]!,
  encoding: "utf-8",
}));

export function dataPackage(catalog: Catalog, tables: readonly Table[], { siteUrl }: ZipOptions = {}): DataPackage {
  const { title, version, citation } = catalog.dataset;
  return {
    $schema: PROFILE,
    name: DATASET_NAME,
    title,
    version,
    description: `${title}. How to cite it: ${citation} See README.md and CITATION.cff.`,
    ...(siteUrl ? { homepage: siteUrl } : {}),
    resources: [...tables.map(tableResource), ...bibliographyResources],
  };
}
