// A setup file of the integration project: after each test file, the database built for the run
// (buildDatabase.ts) must be byte for byte as built. Files run in parallel and share it, so one
// that wrote to it would make the others' results depend on the order they ran in.
import { afterAll, expect, inject } from "vitest";
import { fileDigest } from "./buildDatabase";

// Modules of the app imported by a test (routes, the data layer) open DATABASE_URL: point it at the
// run's database, so that no test reads whatever prisma/dashboard.db the checkout happens to hold
// (a clean clone has none).
process.env.DATABASE_URL = `file:${inject("builtDatabase").file}`;

afterAll(() => {
  const { file, digest } = inject("builtDatabase");
  expect(fileDigest(file), "a test changed the shared database: copy it with copyBuiltDatabase() before changing it").toBe(digest);
});
