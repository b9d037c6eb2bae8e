import { describe, expect, it } from "vitest";
import { firstSentence } from "@/lib/text/firstSentence";
import { locateStep } from "@/lib/argument/locateStep";
import { stanceLabel } from "@/lib/argument/stanceLabel";

const steps = [{ slug: "one" }, { slug: "two" }, { slug: "three" }];

describe("locateStep", () => {
  it("numbers steps from 1 and names their neighbours", () => {
    expect(locateStep(steps, "one")).toEqual({ step: steps[0], number: 1, total: 3, previous: null, next: steps[1] });
    expect(locateStep(steps, "two")).toMatchObject({ number: 2, previous: steps[0], next: steps[2] });
    expect(locateStep(steps, "three")).toMatchObject({ number: 3, previous: steps[1], next: null });
  });

  it("finds nothing for an unknown slug", () => {
    expect(locateStep(steps, "four")).toBeNull();
    expect(locateStep([], "one")).toBeNull();
  });

  it("chains from the first step to the last through next", () => {
    const walked: string[] = [];
    for (let at = locateStep(steps, "one"); at; at = at.next && locateStep(steps, at.next.slug)) walked.push(at.step.slug);
    expect(walked).toEqual(["one", "two", "three"]);
  });
});

describe("firstSentence", () => {
  it("stops at the end of the first sentence", () => {
    expect(firstSentence("The Cheka came first. Then the GPU.")).toBe("The Cheka came first.");
    expect(firstSentence("Was it new? Historians disagree.")).toBe("Was it new?");
  });

  it("does not stop inside a number or before a lower-case word", () => {
    expect(firstSentence("About 1.8 million were deported, e.g. kulaks. More followed.")).toBe("About 1.8 million were deported, e.g. kulaks.");
  });

  it("keeps a text of one sentence whole", () => {
    expect(firstSentence("  One sentence only.  ")).toBe("One sentence only.");
    expect(firstSentence("No full stop")).toBe("No full stop");
  });
});

describe("stanceLabel", () => {
  it("says which way a step argues", () => {
    expect(stanceLabel("discontinuity")).toBe("Against continuity");
    expect(stanceLabel("continuity")).toBe("Continuity");
  });
});
