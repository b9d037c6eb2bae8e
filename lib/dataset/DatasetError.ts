export type DatasetIssue = { file: string; record?: string; message: string };

/** Thrown when prisma/data/ does not validate; its message lists every problem, one a line. */
export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The dataset in prisma/data/ is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n` +
        issues.map((i) => `  ${i.file}${i.record ? ` › ${i.record}` : ""}: ${i.message}`).join("\n"),
    );
    this.name = "DatasetError";
  }
}
