// Prints the first-load JavaScript of each route, gzip, as a browser fetches it from a
// production build: the <script src> files in the served HTML (lazy chunks such as the charts
// are not counted, since they load only where a chart is drawn).
// Usage: npm run size  (needs `npm run build` first; starts the production server, .next/server.mjs, on a spare port).
import { spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/mechanisms/secret-police", "/essay", "/sources"];
if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, [".next/server.mjs"], {
  stdio: "ignore",
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base + "/sources")).ok) break;
    } catch {}
    if (i > 100) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  const rows = [];
  for (const route of routes) {
    const html = await (await fetch(base + route)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.startsWith("/_next/"));
    const unique = [...new Set(scripts)];
    let raw = 0;
    let gz = 0;
    for (const src of unique) {
      const file = path.join(".next", src.replace(/^\/_next\//, "").split("?")[0]);
      const body = readFileSync(file);
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    }
    rows.push({ route, files: unique.length, "raw KB": (raw / 1024).toFixed(1), "gzip KB": (gz / 1024).toFixed(1) });
  }
  console.table(rows);
} finally {
  server.kill();
}
