// `npm run data:check`: validates prisma/data/ without touching the database.
import { loadDataset } from "../lib/dataset/load";
import { DatasetError } from "../lib/dataset/DatasetError";
import { describeCoverage, describeLeaderNumbers, locatorCoverage, numbersByLeader } from "../lib/dataset/locatorCoverage";
import { dataDir } from "../lib/env";

try {
  const d = loadDataset(dataDir);
  const values = d.metrics.reduce((n, m) => n + m.values.length, 0);
  console.log(
    `prisma/data is valid: ${d.leaders.length} leaders, ${d.mechanisms.length} mechanisms, ` +
      `${d.assessments.length} assessments, ${d.events.length} events, ${d.institutions.length} institutions, ` +
      `${d.metrics.length} series (${values} yearly values), ${d.figures.length} contested figures, ` +
      `${d.sources.length} sources, ${d.claims.length} claims, ${d.interpretations.length} interpretations, ${d.argument.length} argument steps; ` +
      `dataset version ${d.info.version}, changelog of ${d.changelog.length} version${d.changelog.length === 1 ? "" : "s"}.`,
  );
  for (const line of describeCoverage(locatorCoverage(d).coverage)) console.log(line);
  for (const line of describeLeaderNumbers(numbersByLeader(d))) console.log(line);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
