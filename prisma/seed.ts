// `npx prisma db seed`: reloads prisma/data/ into the database even if it has not changed.
import { existsSync } from "node:fs";
import { databasePath, dataDir } from "../lib/env";
import { loadDatasetOrFail } from "./loadDatasetOrFail";
import { contentHash } from "../lib/dataset/contentHash";
import { seedDatabase } from "../lib/dataset/seedDatabase";
import { createPrismaClient } from "../lib/prismaClient";

function fail(message: string): never {
  console.error(`db seed: ${message}`);
  process.exit(1);
}

// Opening a missing file would create an empty one and fail on "no such table".
if (!existsSync(databasePath)) fail(`${databasePath} does not exist. Create, migrate and seed it with \`npm run db:setup\`.`);

const dataset = loadDatasetOrFail(dataDir, fail);
const db = createPrismaClient(databasePath, { mustExist: true });
try {
  await seedDatabase(db, dataset, contentHash(dataDir));
  console.log(`Seeded ${databasePath} with dataset ${dataset.info.version}.`);
} finally {
  await db.$disconnect();
}
