// The second test server reuses the first one's production build: wait until the first
// server's command writes this run's id to the marker file after `npm run build` succeeds.
import { existsSync, readFileSync } from "node:fs";

const [marker, runId] = process.argv.slice(2);
const started = Date.now();
while (!existsSync(marker) || readFileSync(marker, "utf8").trim() !== runId) {
  if (Date.now() - started > 290_000) {
    console.error("Timed out waiting for the production build.");
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}
