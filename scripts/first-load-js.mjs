// Prints the first-load JavaScript of each route, gzip, as a browser fetches it from a
// production build: the <script src> files in the served HTML (lazy chunks such as the charts
// are not counted, since they load only where a chart is drawn).
// Usage: npm run size  (needs `npm run build` first; starts the production server as the
// benchmark does, bench/server.mjs, on a spare port).
import { existsSync } from "node:fs";
import { firstLoadJs, startServer } from "../bench/server.mjs";

const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/mechanisms/secret-police", "/essay", "/sources"];
if (!existsSync(".next/BUILD_ID") || !existsSync(".next/server.mjs")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const server = await startServer();
try {
  const rows = [];
  for (const route of routes) {
    const { files, rawKB, gzipKB } = await firstLoadJs(server.base, route);
    rows.push({ route, files, "raw KB": rawKB, "gzip KB": gzipKB });
  }
  console.table(rows);
} finally {
  await server.stop();
}
