import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prismaClient";

// One client for the whole server, kept on globalThis in development so hot reloads reuse it
// instead of opening a new connection each time.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createPrismaClient(env.databasePath, { mustExist: true });

if (env.nodeEnv !== "production") globalForDb.db = db;
