-- CreateTable
CREATE TABLE "RelationTerm" (
    "relation" TEXT NOT NULL PRIMARY KEY,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);
