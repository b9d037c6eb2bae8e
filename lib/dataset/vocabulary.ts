// The dataset's closed value sets (relations, verdicts, source kinds, positions, date precisions),
// taken from the enums of prisma/schema.prisma so that the database, the file schemas, the API
// and the interface share one list. Prisma names enum values as identifiers (partly_supported)
// and stores them as the schema maps them (partly-supported); files, URLs and the API use that
// stored, hyphenated form, which these lists hold. Importable by client components (no zod).
import {
  ArgumentDisplay as PrismaArgumentDisplay,
  ArgumentStance as PrismaArgumentStance,
  DatePrecision as PrismaDatePrecision,
  Position as PrismaPosition,
  Relation as PrismaRelation,
  SourceKind as PrismaSourceKind,
  Verdict as PrismaVerdict,
} from "../generated/prisma/enums";

/** A Prisma enum value as files, URLs and the API write it: underscores become hyphens. */
export type Wire<T extends string> = T extends `${infer Head}_${infer Tail}` ? `${Head}-${Wire<Tail>}` : T;

/** The enum's values in the schema's order, in their written form. */
function valuesOf<E extends Record<string, string>>(prismaEnum: E) {
  return Object.values(prismaEnum).map((v) => v.replaceAll("_", "-")) as [Wire<E[keyof E]>, ...Wire<E[keyof E]>[]];
}

/** The Prisma client's value for a written one ("partly-supported" → "partly_supported"). */
export function toPrisma<E extends Record<string, string>>(prismaEnum: E, value: Wire<E[keyof E]>): E[keyof E] {
  const found = Object.values(prismaEnum).find((v) => v.replaceAll("_", "-") === value);
  if (found === undefined) throw new Error(`"${value}" is not one of ${Object.values(prismaEnum).join(", ")}`);
  return found as E[keyof E];
}

/** The written form of a value read through the Prisma client ("partly_supported" → "partly-supported"). */
export function fromPrisma<T extends string>(value: T): Wire<T> {
  return value.replaceAll("_", "-") as Wire<T>;
}

export const relations = valuesOf(PrismaRelation);
export const datePrecisions = valuesOf(PrismaDatePrecision);
export const sourceKinds = valuesOf(PrismaSourceKind);
export const verdicts = valuesOf(PrismaVerdict);
export const positions = valuesOf(PrismaPosition);
export const argumentStances = valuesOf(PrismaArgumentStance);
export const argumentDisplays = valuesOf(PrismaArgumentDisplay);

export type Relation = (typeof relations)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type SourceKind = (typeof sourceKinds)[number];
export type Verdict = (typeof verdicts)[number];
export type Position = (typeof positions)[number];
export type ArgumentStance = (typeof argumentStances)[number];
export type ArgumentDisplay = (typeof argumentDisplays)[number];

export { PrismaArgumentDisplay, PrismaArgumentStance, PrismaDatePrecision, PrismaPosition, PrismaRelation, PrismaSourceKind, PrismaVerdict };
