// The one place that reads process.env. Everything else imports `env` from here.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^file:.+/, 'must be a SQLite file URL such as "file:./prisma/dashboard.db"')
    .optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().trim().min(1).optional(),
  // The public address, an origin: scheme and host (and port), nothing after them.
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => {
      const url = URL.canParse(u) ? new URL(u) : null;
      return url !== null && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    }, 'must be the site\'s origin alone, such as "https://example.org"')
    .transform((u) => new URL(u).origin)
    .optional(),
  // Read by server.ts (`npm start`); `next dev` reads PORT itself.
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).optional(),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(48),
  // Set by the benchmark (bench/server.mjs) to serve its reference pages (app/bench).
  BENCH_PAGES: z.enum(["0", "1"]).default("0"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const reasons = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
  throw new Error(`Invalid environment configuration: ${reasons}`);
}

const projectRoot = process.cwd();

/** Absolute path of the SQLite file: DATABASE_URL if set (relative to the project root), else prisma/dashboard.db. */
export const databasePath = parsed.data.DATABASE_URL
  ? path.resolve(/*turbopackIgnore: true*/ projectRoot, parsed.data.DATABASE_URL.replace(/^file:/, "").replace(/\?.*$/, ""))
  : path.join(/*turbopackIgnore: true*/ projectRoot, "prisma", "dashboard.db");

/** The folder with the dataset's source files: DATA_DIR if set, else prisma/data. */
export const dataDir = parsed.data.DATA_DIR
  ? path.resolve(/*turbopackIgnore: true*/ projectRoot, parsed.data.DATA_DIR)
  : path.join(/*turbopackIgnore: true*/ projectRoot, "prisma", "data");

export const env = {
  nodeEnv: parsed.data.NODE_ENV,
  /** The public origin ("https://example.org"); unset: taken from each request (lib/site/siteOrigin.ts). */
  siteUrl: parsed.data.SITE_URL,
  databasePath,
  port: parsed.data.PORT,
  /** Interface to listen on; unset = all of them, like `next start`. */
  host: parsed.data.HOST,
  /** Memory for kept answers (lib/cache/responseCache.ts); 0 turns the cache off. */
  responseCacheBytes: parsed.data.RESPONSE_CACHE_MB * 1024 * 1024,
  /** Serve app/bench/* (the benchmark's floor page); 404 when off. */
  benchPages: parsed.data.BENCH_PAGES === "1",
};
