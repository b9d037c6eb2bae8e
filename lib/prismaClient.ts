// Builds a Prisma client on the better-sqlite3 driver adapter. The app's single shared client
// is in lib/db.ts; scripts (setup, seed, export) and tests call this to open their own file.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

export function createPrismaClient(
  databasePath: string,
  { mustExist = false, readonly = false }: { mustExist?: boolean; readonly?: boolean } = {},
): PrismaClient {
  // fileMustExist stops better-sqlite3 from silently creating an empty database when the file
  // is missing, so the app can say what is wrong instead of failing on "no such table".
  const adapter = new PrismaBetterSQLite3({ url: databasePath, fileMustExist: mustExist, readonly });
  return new PrismaClient({ adapter });
}
