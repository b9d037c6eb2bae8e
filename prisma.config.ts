// Loaded by the Prisma CLI only. The app opens the database in lib/db.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databasePath } from "./lib/env";
import { cliAdapterFactory } from "./prisma/cliAdapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => cliAdapterFactory(databasePath),
});
