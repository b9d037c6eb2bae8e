// `npm run data:export`: prints the whole dataset, read from the database, as one JSON document.
import { getDatasetExport } from "../lib/queries/datasetExport";
import { withDatabase } from "../lib/queries/withDatabase";
import { db } from "../lib/db";

const result = await withDatabase(getDatasetExport);
await db.$disconnect();
if (!result.ok) {
  console.error(`data:export: ${result.problem.title} ${result.problem.advice}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(result.data, null, 2) + "\n");
