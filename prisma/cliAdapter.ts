// Workarounds for Prisma 6.19.3's Wasm schema engine on SQLite, used ONLY by the Prisma CLI
// (through prisma.config.ts), never by the app. See ../shared/STACK.md for the bugs:
//  1. the engine sends a whole multi-statement migration.sql through executeRaw, which
//     better-sqlite3 rejects; we route parameter-less multi-statement SQL to executeScript;
//  2. the engine leaves 10 s / 60 s timers armed, so the CLI lingers after finishing; we
//     unref long timers armed from Wasm code so the process can exit.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";

const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: Parameters<typeof setTimeout>[0], ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args) as unknown as NodeJS.Timeout;
  if ((ms ?? 0) >= 5_000 && /wasm|schema[-_]engine/i.test(new Error().stack ?? "")) timer.unref();
  return timer;
}) as typeof setTimeout;

function isScript(query: SqlQuery): boolean {
  if (query.args.length > 0) return false;
  const statements = query.sql.split(";").filter((s) => s.replace(/--[^\n]*/g, "").trim() !== "");
  return statements.length > 1;
}

function withScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return async (query: SqlQuery) => {
          if (isScript(query)) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function cliAdapterFactory(databasePath: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url: databasePath });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withScripts(await inner.connect()),
    connectToShadowDb: async () => withScripts(await inner.connectToShadowDb()),
  };
}
