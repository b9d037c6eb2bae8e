-- CreateTable
CREATE TABLE "ArgumentStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "essay" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "dispute" TEXT NOT NULL,
    "view" TEXT NOT NULL,
    "display" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ArgumentQuestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stepId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "ArgumentQuestion_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ArgumentStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentStepClaim" (
    "stepId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,

    PRIMARY KEY ("stepId", "claimId"),
    CONSTRAINT "ArgumentStepClaim_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ArgumentStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentStepClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentStepInterpretation" (
    "stepId" INTEGER NOT NULL,
    "interpretationId" INTEGER NOT NULL,

    PRIMARY KEY ("stepId", "interpretationId"),
    CONSTRAINT "ArgumentStepInterpretation_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ArgumentStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentStepInterpretation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Interpretation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT,
    "note" TEXT,
    "leaderId" INTEGER,
    "tenureDatingId" INTEGER,
    "assessmentId" INTEGER,
    "eventId" INTEGER,
    "institutionId" INTEGER,
    "metricId" INTEGER,
    "claimId" INTEGER,
    "interpretationId" INTEGER,
    "argumentStepId" INTEGER,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_tenureDatingId_fkey" FOREIGN KEY ("tenureDatingId") REFERENCES "TenureDating" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Interpretation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_argumentStepId_fkey" FOREIGN KEY ("argumentStepId") REFERENCES "ArgumentStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("assessmentId", "claimId", "eventId", "id", "institutionId", "interpretationId", "leaderId", "locator", "metricId", "note", "sourceId", "tenureDatingId") SELECT "assessmentId", "claimId", "eventId", "id", "institutionId", "interpretationId", "leaderId", "locator", "metricId", "note", "sourceId", "tenureDatingId" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ArgumentStep_slug_key" ON "ArgumentStep"("slug");
