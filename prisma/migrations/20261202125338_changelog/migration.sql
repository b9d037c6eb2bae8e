-- CreateTable
CREATE TABLE "ChangelogEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ChangelogCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "record" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT NOT NULL,
    "newValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "ChangelogCorrection_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ChangelogEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangelogAddition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "files" TEXT NOT NULL,
    "records" TEXT NOT NULL,
    CONSTRAINT "ChangelogAddition_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ChangelogEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "correctionId" INTEGER,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_tenureDatingId_fkey" FOREIGN KEY ("tenureDatingId") REFERENCES "TenureDating" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Interpretation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_argumentStepId_fkey" FOREIGN KEY ("argumentStepId") REFERENCES "ArgumentStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "ChangelogCorrection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("argumentStepId", "assessmentId", "claimId", "eventId", "id", "institutionId", "interpretationId", "leaderId", "locator", "metricId", "note", "sourceId", "tenureDatingId") SELECT "argumentStepId", "assessmentId", "claimId", "eventId", "id", "institutionId", "interpretationId", "leaderId", "locator", "metricId", "note", "sourceId", "tenureDatingId" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ChangelogEntry_version_key" ON "ChangelogEntry"("version");
