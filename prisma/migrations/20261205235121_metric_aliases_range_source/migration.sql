-- CreateTable
CREATE TABLE "MetricAlias" (
    "alias" TEXT NOT NULL PRIMARY KEY,
    "metricId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "MetricAlias_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MetricValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "metricId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "low" REAL,
    "best" REAL NOT NULL,
    "high" REAL,
    "note" TEXT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT,
    "rangeSourceId" INTEGER,
    "rangeLocator" TEXT,
    CONSTRAINT "MetricValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_rangeSourceId_fkey" FOREIGN KEY ("rangeSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MetricValue" ("best", "high", "id", "locator", "low", "metricId", "note", "sourceId", "year") SELECT "best", "high", "id", "locator", "low", "metricId", "note", "sourceId", "year" FROM "MetricValue";
DROP TABLE "MetricValue";
ALTER TABLE "new_MetricValue" RENAME TO "MetricValue";
CREATE UNIQUE INDEX "MetricValue_metricId_year_key" ON "MetricValue"("metricId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
