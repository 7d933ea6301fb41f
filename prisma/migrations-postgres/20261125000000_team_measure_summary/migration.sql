-- CreateTable
CREATE TABLE "TeamMeasureSummary" (
    "teamId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "chart" TEXT NOT NULL,
    "pointCount" INTEGER NOT NULL,
    "firstPeriod" TIMESTAMP(3),
    "latestPeriod" TIMESTAMP(3),
    "latestValue" DOUBLE PRECISION,
    "series" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamMeasureSummary_pkey" PRIMARY KEY ("teamId","measureId")
);

-- CreateIndex
CREATE INDEX "TeamMeasureSummary_measureId_idx" ON "TeamMeasureSummary"("measureId");

-- AddForeignKey
ALTER TABLE "TeamMeasureSummary" ADD CONSTRAINT "TeamMeasureSummary_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMeasureSummary" ADD CONSTRAINT "TeamMeasureSummary_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

