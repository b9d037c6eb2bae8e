-- CreateTable
CREATE TABLE "DatasetInfo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "citation" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "born" TEXT NOT NULL,
    "died" TEXT NOT NULL,
    "powerStart" TEXT NOT NULL,
    "powerEnd" TEXT NOT NULL,
    "convention" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "TenureDating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leaderId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "TenureDating_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Mechanism" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "Mechanism_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntensityLevel" (
    "level" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leaderId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "intensity" INTEGER NOT NULL,
    "intensityRationale" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    CONSTRAINT "Assessment_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "sortDate" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "oldStyleDate" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leaderId" INTEGER,
    "magnitudeLow" REAL,
    "magnitudeBest" REAL,
    "magnitudeHigh" REAL,
    "magnitudeUnit" TEXT,
    "magnitudeNote" TEXT,
    CONSTRAINT "Event_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventMechanism" (
    "eventId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "mechanismId"),
    CONSTRAINT "EventMechanism_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventMechanism_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT,
    "founded" TEXT NOT NULL,
    "dissolved" TEXT,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "InstitutionSuccession" (
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("predecessorId", "successorId"),
    CONSTRAINT "InstitutionSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InstitutionSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InstitutionMechanism" (
    "institutionId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,

    PRIMARY KEY ("institutionId", "mechanismId"),
    CONSTRAINT "InstitutionMechanism_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InstitutionMechanism_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentInstitution" (
    "assessmentId" INTEGER NOT NULL,
    "institutionId" INTEGER NOT NULL,

    PRIMARY KEY ("assessmentId", "institutionId"),
    CONSTRAINT "AssessmentInstitution_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "caveats" TEXT NOT NULL,
    "additive" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "MetricValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "metricId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "low" REAL,
    "best" REAL NOT NULL,
    "high" REAL,
    "note" TEXT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT,
    CONSTRAINT "MetricValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MetricMechanism" (
    "metricId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,

    PRIMARY KEY ("metricId", "mechanismId"),
    CONSTRAINT "MetricMechanism_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MetricMechanism_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "FigureEstimate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "attribution" TEXT NOT NULL,
    "low" REAL,
    "best" REAL,
    "high" REAL,
    "note" TEXT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT,
    CONSTRAINT "FigureEstimate_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FigureEstimate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "publisher" TEXT,
    "journal" TEXT,
    "url" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "explanation" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ClaimMechanism" (
    "claimId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "mechanismId"),
    CONSTRAINT "ClaimMechanism_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimMechanism_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimLeader" (
    "claimId" INTEGER NOT NULL,
    "leaderId" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "leaderId"),
    CONSTRAINT "ClaimLeader_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLeader_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Interpretation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "historian" TEXT NOT NULL,
    "work" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "InterpretationMechanism" (
    "interpretationId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,

    PRIMARY KEY ("interpretationId", "mechanismId"),
    CONSTRAINT "InterpretationMechanism_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Interpretation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterpretationMechanism_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
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
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_tenureDatingId_fkey" FOREIGN KEY ("tenureDatingId") REFERENCES "TenureDating" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Interpretation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Leader_slug_key" ON "Leader"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mechanism_slug_key" ON "Mechanism"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_leaderId_mechanismId_key" ON "Assessment"("leaderId", "mechanismId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_sortDate_idx" ON "Event"("sortDate");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_slug_key" ON "Institution"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_slug_key" ON "Metric"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "MetricValue_metricId_year_key" ON "MetricValue"("metricId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_slug_key" ON "Figure"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Interpretation_slug_key" ON "Interpretation"("slug");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

