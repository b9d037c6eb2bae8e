// `npx prisma db seed`: reloads prisma/data/ into the database even if it has not changed.
import { databasePath, dataDir } from "../lib/env";
import { loadDataset } from "../lib/dataset/load";
import { contentHash } from "../lib/dataset/contentHash";
import { seedDatabase } from "../lib/dataset/seedDatabase";
import { createPrismaClient } from "../lib/prismaClient";

const dataset = loadDataset(dataDir);
const db = createPrismaClient(databasePath);
try {
  await seedDatabase(db, dataset, contentHash(dataDir));
  console.log(`Seeded ${databasePath} with dataset ${dataset.info.version}.`);
} finally {
  await db.$disconnect();
}
