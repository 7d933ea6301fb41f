-- CreateTable
CREATE TABLE "TeamMeasureSummary" (
    "teamId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "chart" TEXT NOT NULL,
    "pointCount" INTEGER NOT NULL,
    "firstPeriod" DATETIME,
    "latestPeriod" DATETIME,
    "latestValue" REAL,
    "series" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("teamId", "measureId"),
    CONSTRAINT "TeamMeasureSummary_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TeamMeasureSummary_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TeamMeasureSummary_measureId_idx" ON "TeamMeasureSummary"("measureId");

