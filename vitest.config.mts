import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects (tests/README.md): `unit` is the fast loop (npm run test:unit), pure logic and
// components with no database; `integration` (npm run test:integration) works on real SQLite
// files, runs the project's scripts and serves real HTTP. Both share the settings below.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Data-layer modules are marked server-only; in tests they run in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/support/serverOnlyStub.ts"),
    },
  },
  test: {
    environment: "node",
    // Vitest's default keeps a core for itself (one worker on a 2-core machine), but its own
    // process is mostly idle during a run, and integration workers mostly wait for scripts.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          // Threads start faster than the default child processes; each file is still isolated.
          pool: "threads",
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // One database for the whole run, built by db:setup before any file starts; each file
          // must leave it as it was.
          globalSetup: ["tests/integration/buildDatabase.ts"],
          setupFiles: ["tests/integration/keepDatabaseUnchanged.ts"],
          // Some tests run db:setup or the Prisma CLI: seconds each on a quiet machine, but a
          // full build (migrations and seed) did not finish in 60 s on 2 cores at a load average of 28.
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
