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
  SITE_URL: z.url().optional(),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const reasons = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
  throw new Error(`Invalid environment configuration: ${reasons}`);
}

const projectRoot = process.cwd();

/** Absolute path of the SQLite file: DATABASE_URL if set (relative to the project root), else prisma/dashboard.db. */
export const databasePath = parsed.data.DATABASE_URL
  ? path.resolve(projectRoot, parsed.data.DATABASE_URL.replace(/^file:/, "").replace(/\?.*$/, ""))
  : path.join(projectRoot, "prisma", "dashboard.db");

/** The folder with the dataset's source files. */
export const dataDir = path.join(projectRoot, "prisma", "data");

export const env = {
  nodeEnv: parsed.data.NODE_ENV,
  siteUrl: parsed.data.SITE_URL ?? "http://localhost:3000",
  databasePath,
};
