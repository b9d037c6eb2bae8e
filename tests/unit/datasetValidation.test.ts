import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import { DatasetError } from "@/lib/dataset/DatasetError";
import { describeCoverage, describeLeaderNumbers, formatShare, locatorCoverage, numbersByLeader } from "@/lib/dataset/locatorCoverage";
import { shortAuthors } from "@/lib/sources/authors";
import { copyData, realDataDir } from "../support/dataFixture";

type Rec = Record<string, unknown>;
const asList = (json: unknown) => json as Rec[];

function problemsOf(dir: string): string[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DatasetError) return error.issues.map((i) => `${i.file} › ${i.record ?? ""}: ${i.message}`);
    throw error;
  }
  return [];
}

/** Values the tests take from the data rather than hard-code (leaders, versions, step order change as the dataset grows). */
const realJson = (file: string) => JSON.parse(readFileSync(path.join(realDataDir, file), "utf8")) as unknown;
const newestVersion = (asList(realJson("changelog.json"))[0] as Rec).version as string;
const leaderCount = asList(realJson("leaders.json")).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let fixture: ReturnType<typeof copyData>;
afterEach(() => fixture?.cleanup());

describe("the dataset in prisma/data", () => {
  it("is valid", () => {
    expect(problemsOf(realDataDir)).toEqual([]);
  });
});

describe("dataset validation names the file, the record and the problem", () => {
  it("rejects a file that is not JSON", () => {
    fixture = copyData();
    writeFileSync(path.join(fixture.dir, "leaders.json"), "[{ not json");
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/leaders\.json › : is not valid JSON/)]);
  });

  it("rejects an impossible date", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "lenin" ? { ...l, born: "1870-02-30" } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/leaders\.json › #\d+ "lenin": born: is not a real calendar date/));
  });

  it("rejects a date in the wrong format", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "stalin" ? { ...l, powerStart: "21/01/1924" } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"stalin": powerStart: must be yyyy-mm-dd, yyyy-mm or yyyy/));
  });

  it("rejects a reference to a mechanism that does not exist", () => {
    fixture = copyData();
    fixture.edit("claims.json", (json) => asList(json).map((c, i) => (i === 0 ? { ...c, mechanisms: ["time-travel"] } : c)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/claims\.json › "[a-z0-9-]+": unknown mechanism "time-travel"/));
  });

  it("rejects a citation of a source that does not exist", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) =>
      asList(json).map((l) => (l.slug === "lenin" ? { ...l, sources: [{ source: "nobody-1999", locator: "p. 1" }] } : l)),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/leaders\.json › "lenin": unknown source "nobody-1999"/));
  });

  it("rejects a record with no citation", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "lenin" ? { ...l, sources: [] } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"lenin": sources: must cite at least one source/));
  });

  it("rejects a record that rests on the essay alone", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "lenin" ? { ...l, sources: ["munoz-2020"] } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"lenin": cites only the essay/));
  });

  it("rejects a duplicate slug across files", () => {
    fixture = copyData();
    fixture.edit("sources/core.json", (json) => [...asList(json), { ...asList(json)[1] }]);
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/sources\/core\.json › "pipes-1990": duplicate source slug/));
  });

  it("rejects a range whose low is above its best", () => {
    fixture = copyData();
    fixture.edit("figures.json", (json) =>
      asList(json).map((f, i) =>
        i === 0 ? { ...f, estimates: [{ attribution: "Test", low: 10, best: 5, source: "conquest-1990" }] } : f,
      ),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/figures\.json › #1 "[a-z0-9-]+": estimates\.0: low \(10\) is greater than best \(5\)/));
  });

  it("rejects an intensity outside the 0-5 rubric", () => {
    fixture = copyData();
    fixture.edit("assessments/lenin.json", (json) => asList(json).map((a, i) => (i === 0 ? { ...a, intensity: 7 } : a)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/assessments\/lenin\.json › #1 "lenin × [a-z-]+": intensity: /));
  });

  it("rejects a missing assessment for a leader and mechanism", () => {
    fixture = copyData();
    fixture.edit("assessments/stalin.json", (json) => asList(json).slice(1));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"stalin × [a-z-]+": assessment is missing/));
  });

  it("rejects a rubric without every level from 0 to 5", () => {
    fixture = copyData();
    fixture.edit("rubric.json", (json) => ({ ...(json as Rec), levels: asList((json as Rec).levels).filter((r) => r.level !== 3) }));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/rubric\.json › rubric: must define each level 0-5 exactly once \(found 0,1,2,4,5\)/));
  });

  it("rejects a rubric that leaves a relation word undefined, or defines one twice", () => {
    fixture = copyData();
    fixture.edit("rubric.json", (json) => {
      const relations = asList((json as Rec).relations);
      return { ...(json as Rec), relations: [...relations.filter((r) => r.relation !== "curtailed"), relations.find((r) => r.relation === "kept")] };
    });
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringMatching(/rubric\.json › relation "curtailed": must be defined exactly once in the rubric \(found 0\)/));
    expect(problems).toContainEqual(expect.stringMatching(/rubric\.json › relation "kept": must be defined exactly once in the rubric \(found 2\)/));
  });

  it("rejects relations that contradict the leaders before: originated what an earlier leader used, taken over from nobody, a 0 that is not absent", () => {
    fixture = copyData();
    const mechanism = "secret-police";
    fixture.edit("assessments/stalin.json", (json) =>
      asList(json).map((a) => (a.mechanism === mechanism ? { ...a, relation: "originated" } : a.mechanism === "censorship" ? { ...a, intensity: 0, relation: "kept" } : a)),
    );
    fixture.edit("assessments/lenin.json", (json) => asList(json).map((a) => (a.mechanism === "purges" ? { ...a, intensity: 2, relation: "absent" } : a)));
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringMatching(/"stalin × secret-police": "originated", but (?:[a-z0-9-]+ and )*lenin already used it/));
    expect(problems).toContainEqual(expect.stringMatching(/"stalin × censorship": a score of 0 is "absent" \(or "dismantled", "reversed"\), not "kept"/));
    expect(problems).toContainEqual(expect.stringMatching(/"lenin × purges": "absent" needs a score of 0 \(found 2\)/));
  });

  it("rejects an event of the Provisional Government's months attributed to Nicholas II, and a Lenin tool 'originated' that the Tsar already used", () => {
    fixture = copyData();
    fixture.edit("events/provisional-government.json", (json) =>
      asList(json).map((e) => (e.slug === "police-and-gendarmes-abolished" ? { ...e, leader: "nicholas-ii" } : e)),
    );
    fixture.edit("assessments/lenin.json", (json) => asList(json).map((a) => (a.mechanism === "secret-police" ? { ...a, relation: "originated" } : a)));
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/provisional-government\.json › "police-and-gendarmes-abolished": attributed to nicholas-ii but dated 1917-03-17, outside his period in power/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/"lenin × secret-police": "originated", but nicholas-ii already used it/));
  });

  it("rejects a series whose values are out of year order", () => {
    fixture = copyData();
    fixture.edit("metrics/party-membership.json", (json) => {
      const metric = json as Rec;
      return { ...metric, values: [...asList(metric.values)].reverse() };
    });
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/party-membership\.json › "party-membership" \d{4}: out of year order \(after \d{4}\)/));
  });

  it("rejects leaders listed out of time order", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => [...asList(json)].reverse());
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/leaders\.json › "lenin": leaders must be listed in time order: lenin took power before stalin/));
  });

  it("rejects an unknown field, so typos are not silently dropped", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "lenin" ? { ...l, bornn: "1870" } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"lenin": Unrecognized key: "bornn"/));
  });

  it("rejects a CSV series with a non-numeric value", () => {
    fixture = copyData();
    const csv = path.join(fixture.dir, "metrics", "vdem-civil-liberties-russia-1900-1960.csv");
    writeFileSync(csv, "Entity,Code,Year,Civil liberties index (central estimate)\nRussia,RUS,1900,abc\n");
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/vdem-civil-liberties-russia-1900-1960\.csv › vdem-civil-liberties: line 2: year and value must be numbers/));
  });

  it("rejects an event attributed to a leader outside his period in power", () => {
    fixture = copyData();
    fixture.edit("events/lenin-era.json", (json) =>
      asList(json).map((e) => (e.slug === "solovki-camp-created" ? { ...e, leader: "lenin" } : e)),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(/lenin-era\.json › "solovki-camp-created": attributed to lenin but dated 1923-10-13, outside his period in power \(1917-11-08 to 1923-03-10\)/),
    );
  });

  it("rejects a seizure of power attributed to Lenin before his period begins", () => {
    fixture = copyData();
    fixture.edit("events/lenin-era.json", (json) =>
      asList(json).map((e) => (e.slug === "october-revolution" ? { ...e, leader: "lenin" } : e)),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"october-revolution": attributed to lenin but dated 1917-11-07/));
  });

  it("rejects an event tagged with a mechanism outside the leader's assessment of it", () => {
    fixture = copyData();
    fixture.edit("assessments/stalin.json", (json) =>
      asList(json).map((a) => (a.mechanism === "purges" ? { ...a, startYear: 1928 } : a)),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(/stalin-era\.json › "united-opposition-expelled": tagged "purges" for stalin in 1927-11-14, outside his assessment of it \(1928–1953\)/),
    );
  });

  it("rejects an assessment that runs beyond the leader's period in power", () => {
    fixture = copyData();
    fixture.edit("assessments/lenin.json", (json) => asList(json).map((a) => (a.mechanism === "censorship" ? { ...a, endYear: 1924 } : a)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"lenin × censorship": covers 1917–1924, beyond lenin's period in power/));
  });

  it("rejects a period in power that differs from the default tenure dating", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => (l.slug === "lenin" ? { ...l, powerEnd: "1924-01-21" } : l)));
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/"lenin": the default tenure dating .* must match powerStart and powerEnd/));
  });

  it("rejects a yearly value with neither a locator nor a note saying why it has none", () => {
    fixture = copyData();
    fixture.edit("metrics/party-membership.json", (json) => {
      const m = json as Rec & { values: Rec[] };
      return { ...m, values: m.values.map((v) => (v.year === 1919 ? { ...v, locator: undefined } : v)) };
    });
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(/party-membership\.json › "party-membership" 1919: the value has no locator: cite a page, table or document number/),
    );
  });

  it("accepts a number without a locator when its note says why none exists", () => {
    fixture = copyData();
    fixture.edit("metrics/party-membership.json", (json) => {
      const m = json as Rec & { values: Rec[] };
      return {
        ...m,
        values: m.values.map((v) => (v.year === 1919 ? { ...v, locator: undefined, note: "No locator: the encyclopedia article is unpaginated." } : v)),
      };
    });
    expect(problemsOf(fixture.dir)).toEqual([]);
  });

  it("rejects a contested estimate with neither a locator nor an explanation", () => {
    fixture = copyData();
    fixture.edit("figures.json", (json) =>
      asList(json).map((f) =>
        f.slug === "kazakh-famine-deaths-1930-1933"
          ? { ...f, estimates: [{ attribution: "Test", best: 1, source: "cameron-2018", note: "An estimate." }] }
          : f,
      ),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(/figures\.json › "kazakh-famine-deaths-1930-1933" \(Test\): the estimate has no locator/),
    );
  });

  it("rejects an event magnitude when no citation has a locator and the note gives no reason", () => {
    fixture = copyData();
    fixture.edit("events/stalin-era.json", (json) =>
      asList(json).map((e) =>
        e.slug === "katyn-massacre"
          ? { ...e, sources: ["cienciala-lebedeva-materski-2007"], magnitude: { best: 21857, unit: "Polish prisoners shot" } }
          : e,
      ),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(/stalin-era\.json › "katyn-massacre": the magnitude has no locator/));
  });

  it("rejects a changelog whose newest version is not dataset.json's", () => {
    fixture = copyData();
    fixture.edit("dataset.json", (json) => ({ ...(json as Rec), version: "99.0.0" }));
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(new RegExp(`changelog\\.json › "${escape(newestVersion)}": the newest entry must be dataset\\.json's version \\(99\\.0\\.0\\)`)),
    );
  });

  it("rejects a changelog correction of a record that does not exist", () => {
    fixture = copyData();
    fixture.edit("changelog.json", (json) =>
      asList(json).map((entry, i) =>
        i === 0
          ? {
              ...entry,
              changes: [
                ...(entry.changes as Rec[]),
                { kind: "correction", file: "metrics/executions.json", record: "no-such-series", field: "unit", old: "a", new: "b", reason: "Test.", sources: ["popov-1992"] },
              ],
            }
          : entry,
      ),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(expect.stringMatching(new RegExp(`changelog\\.json › "${escape(newestVersion)}" change \\d+: no record "no-such-series" in metrics/executions\\.json`)));
  });

  it("accepts a changelog correction of an argument step, and rejects one of a step that does not exist", () => {
    fixture = copyData();
    const correction = (record: string) => ({
      kind: "correction",
      file: "argument.json",
      record,
      field: "sources[0].locator",
      old: null,
      new: "p. 1",
      reason: "Test.",
      sources: ["cohen-1977"],
    });
    fixture.edit("changelog.json", (json) =>
      asList(json).map((entry, i) =>
        i === 0 ? { ...entry, changes: [...(entry.changes as Rec[]), correction("the-thesis"), correction("no-such-step")] } : entry,
      ),
    );
    const problems = problemsOf(fixture.dir);
    expect(problems.filter((p) => p.includes("argument.json"))).toEqual([
      expect.stringMatching(new RegExp(`changelog\\.json › "${escape(newestVersion)}" change \\d+: no record "no-such-step" in argument\\.json`)),
    ]);
  });

  it("rejects a changelog correction that cites no source or has a malformed date", () => {
    fixture = copyData();
    fixture.edit("changelog.json", (json) =>
      asList(json).map((entry, i) =>
        i === 0
          ? {
              ...entry,
              date: "2026-13-01",
              changes: [{ kind: "correction", file: "leaders.json", record: "lenin", field: "powerEnd", old: "x", new: "y", reason: "Test.", sources: [] }],
            }
          : entry,
      ),
    );
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringMatching(/changelog\.json › #1: date: is not a real calendar date/));
    expect(problems).toContainEqual(expect.stringMatching(/changelog\.json › #1: changes\.0\.sources: a correction must cite the source that decided it/));
  });

  it("rejects an event of the 1953 collective leadership attributed to Khrushchev, who was elected on 7 September", () => {
    fixture = copyData();
    fixture.edit("events/khrushchev-era.json", (json) =>
      asList(json).map((e) => (e.slug === "beria-arrested-1953" ? { ...e, leader: "khrushchev" } : e)),
    );
    expect(problemsOf(fixture.dir)).toContainEqual(
      expect.stringMatching(/khrushchev-era\.json › "beria-arrested-1953": attributed to khrushchev but dated 1953-06-26, outside his period in power/),
    );
  });

  it("reports every problem at once, not only the first", () => {
    fixture = copyData();
    fixture.edit("leaders.json", (json) => asList(json).map((l) => ({ ...l, sources: [] })));
    expect(problemsOf(fixture.dir).filter((p) => p.includes("must cite at least one source"))).toHaveLength(leaderCount);
  });
});

describe("a renamed series and a range from a second publication", () => {
  const editSeries = (f: (m: Rec) => Rec) => fixture.edit("metrics/executions.json", (json) => f(json as Rec));
  const editValue = (year: number, f: (v: Rec) => Rec) =>
    editSeries((m) => ({ ...m, values: (m.values as Rec[]).map((v) => (v.year === year ? f(v) : v)) }));

  it("keeps the death-sentences series' old slug as an alias, and the corrections filed under it", () => {
    const series = loadDataset(realDataDir).metrics.find((m) => m.slug === "death-sentences");
    expect(series?.aliases).toEqual(["executions"]);
    expect(series?.file).toMatch(/metrics\/executions\.json$/);
  });

  it("rejects an alias that is another series' slug", () => {
    fixture = copyData();
    editSeries((m) => ({ ...m, aliases: ["executions", "gulag-population"] }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/"gulag-population": duplicate metric slug/)]);
  });

  it("rejects a range source that is not in the bibliography, a range locator without its source, and a range source with no range", () => {
    fixture = copyData();
    editValue(1941, (v) => ({ ...v, rangeSource: "no-such-book" }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/"death-sentences" 1941: unknown source "no-such-book"/)]);
    fixture.cleanup();
    fixture = copyData();
    editValue(1921, (v) => ({ ...v, rangeLocator: "p. 1" }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/rangeLocator needs rangeSource/)]);
    fixture.cleanup();
    fixture = copyData();
    editValue(1921, (v) => ({ ...v, rangeSource: "luneev-1997", rangeLocator: "p. 180" }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/rangeSource names where low\/high come from: give low or high/)]);
  });

  it("asks for the range source's locator, or a note saying why there is none", () => {
    fixture = copyData();
    editValue(1941, ({ rangeLocator: _dropped, ...v }) => v);
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/"death-sentences" 1941: the range from rangeSource has no locator/)]);
  });
});

describe("the guided argument (argument.json) is checked against the dashboard and the dataset", () => {
  const editStep = (change: (step: Rec) => Rec) =>
    fixture.edit("argument.json", (json) => asList(json).map((s) => (s.slug === "a-political-police-from-december-1917" ? change(s) : s)));

  it("rejects a step whose view names a mechanism the dashboard does not know, naming the step", () => {
    fixture = copyData();
    editStep((s) => ({ ...s, view: "?m=secret-police,time-travel" }));
    expect(problemsOf(fixture.dir)).toEqual([
      expect.stringMatching(/argument\.json › "a-political-police-from-december-1917": view: In m="secret-police,time-travel": unknown mechanism "time-travel"/),
    ]);
  });

  it("rejects a step whose view has a parameter the dashboard would ignore", () => {
    fixture = copyData();
    editStep((s) => ({ ...s, view: "?mechanism=secret-police&chart=pie" }));
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringMatching(/"a-political-police-from-december-1917": view: the dashboard has no parameter "mechanism"/));
    expect(problems).toContainEqual(expect.stringMatching(/"a-political-police-from-december-1917": view: Ignored chart="pie"/));
  });

  it("rejects a step with no source, or with the essay as its only source", () => {
    fixture = copyData();
    editStep((s) => ({ ...s, sources: [] }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/argument\.json › #\d+ "a-political-police-from-december-1917": sources: must cite at least one source/)]);
    fixture.cleanup();
    fixture = copyData();
    editStep((s) => ({ ...s, sources: ["munoz-2020"] }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/"a-political-police-from-december-1917": cites only the essay/)]);
  });

  it("rejects a step that names a claim or interpretation that does not exist, or none at all", () => {
    fixture = copyData();
    editStep((s) => ({ ...s, claims: ["no-such-claim"], interpretations: [] }));
    const problems = problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringMatching(/"a-political-police-from-december-1917": interpretations: must name the historians' interpretations/));
    fixture.cleanup();
    fixture = copyData();
    editStep((s) => ({ ...s, claims: ["no-such-claim"] }));
    expect(problemsOf(fixture.dir)).toEqual([expect.stringMatching(/"a-political-police-from-december-1917": claims: no claim "no-such-claim" in claims\.json/)]);
  });

  it("rejects an argument with too few steps", () => {
    fixture = copyData();
    fixture.edit("argument.json", (json) => asList(json).slice(0, 3));
    // The changelog's corrections of the steps cut away are reported too; this test is about argument.json itself.
    expect(problemsOf(fixture.dir).filter((p) => /argument\.json › /.test(p))).toEqual([
      expect.stringMatching(/argument\.json › : the argument has 3 steps; it must have 8 to 14/),
    ]);
  });
});

describe("locator coverage", () => {
  const cite = (locator?: string) => ({ source: "s", locator, note: undefined });
  const base = {
    leaders: [{ slug: "l", file: "leaders.json", sources: [cite("p. 1"), cite()], tenureDatings: [{ sources: [cite()] }] }],
    assessments: [],
    institutions: [],
    claims: [],
    interpretations: [],
    argument: [{ file: "argument.json", sources: [cite("ch. 2")] }],
  };

  it("counts citations, yearly values, estimates and magnitudes with a locator", () => {
    const { coverage, issues } = locatorCoverage({
      ...base,
      events: [{ file: "e.json", slug: "e", sources: [cite("doc. 5")], magnitude: { best: 3, unit: "u" } }],
      metrics: [
        {
          file: "m.json",
          slug: "m",
          sources: [cite()],
          values: [
            { year: 1930, best: 1, source: "s", locator: "table 2" },
            { year: 1931, best: 2, source: "s", note: "No locator: unpublished." },
          ],
        },
      ],
      figures: [{ file: "f.json", slug: "f", estimates: [{ attribution: "A", best: 1, source: "s", locator: "p. 9" }] }],
    });
    expect(issues).toEqual([]);
    expect(coverage.citations).toEqual({ located: 5, total: 9 });
    expect(coverage.seriesValues).toEqual({ located: 1, total: 2 });
    expect(coverage.estimates).toEqual({ located: 1, total: 1 });
    expect(coverage.magnitudes).toEqual({ located: 1, total: 1 });
    expect(formatShare(coverage.citations)).toBe("5 of 9 (55.6 %)");
    expect(describeCoverage(coverage)[0]).toMatch(/target 70 %: not met/);
  });

  it("names each number that has neither a locator nor an explanation", () => {
    const { issues } = locatorCoverage({
      ...base,
      events: [{ file: "e.json", slug: "e", sources: [cite()], magnitude: { best: 3, unit: "u", note: "Approximate." } }],
      metrics: [{ file: "m.json", slug: "m", sources: [cite()], values: [{ year: 1930, best: 1, source: "s" }] }],
      figures: [{ file: "f.json", slug: "f", estimates: [{ attribution: "A", best: 1, source: "s" }] }],
    });
    expect(issues.map((i) => `${i.file} ${i.record}`)).toEqual(['e.json "e"', 'm.json "m" 1930', 'f.json "f" (A)']);
  });
});

describe("numbers per leader (npm run data:check)", () => {
  const cite = (locator?: string) => ({ source: "s", locator, note: undefined });
  const value = (year: number, locator?: string) => ({ year, locator });
  // Three leaders, so nothing assumes two: the middle one's years are 1918-1922 by the 1 July rule.
  const leaders = [
    { slug: "tsar", name: "Tsar", powerStart: "1894-11-01", powerEnd: "1917-03-15" },
    { slug: "lenin", name: "Lenin", powerStart: "1917-11-08", powerEnd: "1923-03-10" },
    { slug: "stalin", name: "Stalin", powerStart: "1924-01-21", powerEnd: "1953-03-05" },
  ];

  it("counts each year for the leader in power on 1 July, each magnitude for its event's leader, each figure for the leader of most of its years", () => {
    const rows = numbersByLeader({
      leaders,
      metrics: [{ values: [value(1916, "t. 1"), value(1917, "t. 1"), value(1918, "t. 1"), value(1922), value(1923, "t. 1"), value(1924, "t. 1")] }],
      events: [
        { leader: "lenin", magnitude: { best: 1, unit: "u" }, sources: [cite(), cite("p. 3")] },
        { leader: "lenin", magnitude: { best: 1, unit: "u" }, sources: [cite()] },
        { leader: "lenin", sources: [cite("p. 3")] },
        { leader: null, magnitude: { best: 1, unit: "u" }, sources: [cite("p. 3")] },
      ],
      figures: [
        { startYear: 1917, endYear: 1922, estimates: [{ attribution: "A", best: 1, source: "s", locator: "p. 9" }, { attribution: "B", best: 2, source: "s" }] },
        { startYear: 1921, endYear: 1953, estimates: [{ attribution: "A", best: 1, source: "s" }] },
        { startYear: 1917, endYear: 1918, estimates: [{ attribution: "A", best: 1, source: "s" }] },
      ],
    });
    expect(rows.map((r) => [r.leader, r.yearlyValues, r.magnitudes, r.figures, r.estimates])).toEqual([
      ["tsar", { located: 1, total: 1 }, { located: 0, total: 0 }, 0, { located: 0, total: 0 }],
      ["lenin", { located: 1, total: 2 }, { located: 1, total: 2 }, 1, { located: 1, total: 2 }],
      ["stalin", { located: 1, total: 1 }, { located: 0, total: 0 }, 1, { located: 0, total: 1 }],
    ]);
    expect(rows[1]!.numbers).toEqual({ located: 3, total: 6 });
    expect(describeLeaderNumbers(rows)[2]).toBe(
      "  Lenin: 2 yearly values, 2 event magnitudes, 1 contested figures (2 estimates); with a locator: 3 of 6 (50.0 %).",
    );
  });

  it("gives every leader in leaders.json a line, and Lenin's years numbers of their own", () => {
    const d = loadDataset(realDataDir);
    const rows = numbersByLeader(d);
    expect(rows.map((r) => r.leader)).toEqual(d.leaders.map((l) => l.slug));
    const lenin = rows.find((r) => r.leader === "lenin")!;
    // Dataset 1.1 held 15 yearly values, 9 magnitudes and 10 contested estimates for Lenin's years.
    expect(lenin.yearlyValues.total).toBeGreaterThan(15);
    expect(lenin.magnitudes.total).toBeGreaterThan(9);
    expect(lenin.estimates.total).toBeGreaterThan(10);
  });
});

describe("in-text names of the 1.1 sources", () => {
  it("keep an Irish surname whole and name an archive or society as itself", () => {
    expect(shortAuthors("Cormac Ó Gráda")).toBe("Ó Gráda");
    expect(shortAuthors("Alexander N. Yakovlev Archive (International Democracy Foundation)")).toBe("Alexander N. Yakovlev Archive");
  });

  it("give the Gulag certificates and the famine comparison a proper name in the text", async () => {
    const { sources } = await loadDataset(realDataDir);
    const name = (slug: string) => shortAuthors(sources.find((s) => s.slug === slug)!.authors);
    expect(name("ograda-2008")).toBe("Ó Gráda");
    expect(name("yakovlev-prisons-1939-1960")).toBe("Alexander N. Yakovlev Archive");
    expect(name("historyrussia-gulag-mortality")).toBe("Russian Historical Society");
  });
});
