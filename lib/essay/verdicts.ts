import { verdicts, type Verdict } from "../dataset/vocabulary";

export { verdicts, type Verdict };

/** How each verdict reads in the interface; the words carry the meaning, colour only repeats it. */
export const verdictLabels: Record<Verdict, string> = {
  supported: "Supported",
  "partly-supported": "Partly supported",
  disputed: "Disputed among historians",
  contradicted: "Contradicted by the evidence",
};

export function isVerdict(value: string): value is Verdict {
  return (verdicts as readonly string[]).includes(value);
}
