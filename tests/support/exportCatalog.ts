// A small, complete catalog for the export tests: every table has a row, so each CSV of the
// dataset zip has something in it, and the view filters have something to leave out.
import type { Catalog } from "@/lib/queries/catalog";

const cite = (source: string, locator: string | null = null) => ({ source, locator });

const assessment = (leader: string, mechanism: string, intensity: number, summary: string, institutions: string[] = []) => ({
  leader,
  mechanism,
  summary,
  startYear: leader === "lenin" ? 1917 : 1924,
  endYear: leader === "lenin" ? 1923 : 1953,
  intensity,
  intensityRationale: "Why this score.",
  relation: leader === "lenin" ? ("originated" as const) : ("expanded" as const),
  institutions,
  sources: [cite("conquest-1990", "p. 12")],
});

const event = (
  slug: string,
  date: string,
  leader: string | null,
  mechanisms: string[],
  title: string,
  magnitude: Catalog["events"][number]["magnitude"] = null,
) => ({
  slug,
  date,
  precision: date.length === 10 ? ("day" as const) : date.length === 7 ? ("month" as const) : ("year" as const),
  oldStyleDate: null as string | null,
  title,
  description: `About ${title}, "quoted", with a comma.`,
  leader,
  mechanisms,
  magnitude,
  sources: [cite("pipes-1990")],
});

export const exportCatalog: Catalog = {
  dataset: { version: "1.0.0", title: "Test dataset", citation: "Test dataset, version 1.0.0 (2026)." },
  leaders: [
    {
      slug: "lenin",
      name: "Lenin",
      fullName: "Vladimir Ilyich Lenin",
      born: "1870-04-22",
      died: "1924-01-21",
      powerStart: "1917-11-08",
      powerEnd: "1924-01-21",
      convention: "From the seizure of power to his death.",
      tenureDatings: [{ label: "Seizure to death", start: "1917-11-08", end: "1924-01-21", rationale: "Usual.", default: true, sources: [cite("pipes-1990")] }],
      sources: [cite("pipes-1990")],
    },
    {
      slug: "stalin",
      name: "Stalin",
      fullName: "Joseph Stalin",
      born: "1878-12-18",
      died: "1953-03-05",
      powerStart: "1924-01-21",
      powerEnd: "1953-03-05",
      convention: "From Lenin's death.",
      tenureDatings: [{ label: "Lenin's death to his own", start: "1924-01-21", end: "1953-03-05", rationale: "Usual.", default: true, sources: [cite("conquest-1990")] }],
      sources: [cite("conquest-1990")],
    },
  ],
  categories: [
    { slug: "tools-of-power", name: "Tools of power", description: "Means of rule." },
    { slug: "policy", name: "Policy", description: "Policies." },
  ],
  mechanisms: [
    { slug: "censorship", name: "Censorship and propaganda", description: "Control of print.", category: "tools-of-power" },
    { slug: "secret-police", name: "Secret police", description: "Political police.", category: "tools-of-power" },
    { slug: "nep", name: "New Economic Policy", description: "Markets allowed.", category: "policy" },
  ],
  rubric: [0, 1, 2, 3, 4, 5].map((level) => ({ level, label: `Level ${level}`, description: `Description ${level}.` })),
  relationTerms: [{ relation: "originated", description: "Began under this leader." }, { relation: "expanded", description: "Enlarged." }],
  assessments: [
    assessment("lenin", "censorship", 4, "Closed the opposition press."),
    assessment("stalin", "censorship", 5, "Total control."),
    assessment("lenin", "secret-police", 3, "Founded the Cheka.", ["cheka"]),
    assessment("stalin", "secret-police", 5, "The NKVD.", ["cheka", "nkvd"]),
    assessment("lenin", "nep", 4, "Introduced the NEP."),
    assessment("stalin", "nep", 2, "Ended the NEP."),
  ],
  events: [
    event("press-decree", "1917-11-09", "lenin", ["censorship"], "Decree on the Press"),
    event("cheka", "1917-12-20", "lenin", ["secret-police"], "Cheka founded"),
    event("kronstadt", "1921-03", "lenin", ["secret-police", "nep"], "Kronstädt rising", { low: 1000, best: 2000, high: 3000, unit: "people killed", note: "Estimates vary." }),
    event("order-00447", "1937-07-30", "stalin", ["secret-police"], "Order 00447", { low: null, best: 386798, high: null, unit: "people shot", note: null }),
    event("february", "1917-03", null, ["censorship"], "February revolution"),
  ],
  institutions: [
    {
      slug: "cheka",
      name: "All-Russian Extraordinary Commission",
      abbreviation: "Cheka",
      founded: "1917-12-20",
      dissolved: "1922-02-06",
      description: "Political police.",
      predecessors: [],
      successors: ["nkvd"],
      mechanisms: ["secret-police"],
      sources: [cite("pipes-1990")],
    },
    {
      slug: "nkvd",
      name: "People's Commissariat for Internal Affairs",
      abbreviation: "NKVD",
      founded: "1934-07-10",
      dissolved: "1946-03-15",
      description: "Police and camps.",
      predecessors: [{ slug: "cheka", note: "Through the GPU and OGPU." }],
      successors: [],
      mechanisms: ["secret-police"],
      sources: [cite("conquest-1990")],
    },
  ],
  metrics: [
    {
      slug: "executions",
      aliases: [],
      name: "Death sentences",
      unit: "sentences",
      definition: "Death sentences per year.",
      caveats: "Incomplete.",
      additive: true,
      mechanisms: ["secret-police"],
      sources: [cite("popov-1992")],
      values: [
        { year: 1921, low: null, best: 9701, high: null, source: "popov-1992", locator: "p. 20", rangeSource: null, rangeLocator: null, note: null },
        { year: 1937, low: 350000, best: 353074, high: 360000, source: "popov-1992", locator: "p. 28", rangeSource: "conquest-1990", rangeLocator: "p. 485", note: "Peak." },
      ],
    },
  ],
  figures: [
    {
      slug: "terror-executions",
      title: "Executions in the Great Terror",
      unit: "people shot",
      startYear: 1937,
      endYear: 1938,
      description: "Counts differ.",
      estimates: [
        { attribution: "NKVD statistics", low: null, best: 681692, high: null, source: "popov-1992", locator: null, note: null },
        { attribution: "Robert Conquest", low: null, best: 1000000, high: null, source: "conquest-1990", locator: "ch. 10", note: "Before the archives." },
      ],
    },
  ],
  sources: [
    { slug: "conquest-1990", kind: "scholarly", authors: "Robert Conquest", title: "The Great Terror: A Reassessment", year: 1990, publisher: "Oxford University Press", journal: null, url: null, note: null },
    { slug: "pipes-1990", kind: "scholarly", authors: "Richard Pipes", title: "The Russian Revolution", year: 1990, publisher: "Knopf", journal: null, url: null, note: null },
    { slug: "popov-1992", kind: "primary", authors: "V. P. Popov", title: "State terror in Soviet Russia", year: 1992, publisher: null, journal: "Otechestvennye arkhivy", url: "https://example.org/popov", note: null },
  ],
  claims: [
    {
      slug: "cheka-founded",
      statement: "Lenin founded the Cheka.",
      verdict: "supported",
      explanation: "Documented.",
      leaders: ["lenin"],
      mechanisms: ["secret-police"],
      sources: [cite("pipes-1990", "p. 800")],
    },
  ],
  interpretations: [
    {
      slug: "continuity-pipes",
      historian: "Richard Pipes",
      work: "The Russian Revolution",
      year: 1990,
      position: "continuity",
      summary: "Stalin continued Lenin.",
      mechanisms: ["secret-police"],
      sources: [cite("pipes-1990")],
    },
  ],
  argument: [
    {
      slug: "a-police-from-the-start",
      title: "A political police from the first weeks",
      stance: "continuity",
      essay: "The essay says the Cheka began it all.",
      evidence: "Founded in December 1917.",
      dispute: "How far it foreshadowed the NKVD.",
      view: "?m=secret-police&chart=timeline",
      display: "timeline",
      claims: ["cheka-founded"],
      interpretations: ["continuity-pipes"],
      questions: ["Was the Cheka a temporary measure?", "What changed in 1934?"],
      sources: [cite("pipes-1990", "p. 800")],
    },
  ],
  changelog: [
    {
      version: "1.0.0",
      date: "2026-11-26",
      summary: "A corrected count.",
      corrections: [
        {
          file: "metrics/executions.json",
          record: "executions",
          field: "values[1937].best",
          old: 350000,
          new: 353074,
          reason: "The archival count, not a rounded one.",
          sources: [cite("popov-1992", "p. 28")],
        },
      ],
      additions: [{ summary: "Added one series.", files: ["metrics/executions.json"], records: ["executions"] }],
    },
  ],
};
