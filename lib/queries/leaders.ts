import "server-only";
import { db } from "../db";
import { NotSeededError } from "./withDatabase";

/** Every leader in display order, with their alternative datings of the period in power. */
export async function getLeaders() {
  const leaders = await db.leader.findMany({
    orderBy: { sortOrder: "asc" },
    include: { tenureDatings: { orderBy: { id: "asc" } } },
  });
  if (leaders.length === 0) throw new NotSeededError();
  return leaders;
}

export type LeaderWithTenures = Awaited<ReturnType<typeof getLeaders>>[number];
