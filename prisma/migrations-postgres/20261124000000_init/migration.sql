-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'DK',
    "parentId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'STAFF',
    "locale" TEXT NOT NULL DEFAULT 'da',
    "oidcSubject" TEXT,
    "calendarToken" TEXT NOT NULL,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserInvite" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Microsystem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Microsystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MicrosystemProfile" (
    "id" TEXT NOT NULL,
    "microsystemId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "patients" TEXT NOT NULL DEFAULT '',
    "professionals" TEXT NOT NULL DEFAULT '',
    "processes" TEXT NOT NULL DEFAULT '',
    "patterns" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MicrosystemProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collaborative" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "aim" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PLANNING',
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Copenhagen',
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collaborative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborativeStaff" (
    "collaborativeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborativeStaff_pkey" PRIMARY KEY ("collaborativeId","userId")
);

-- CreateTable
CREATE TABLE "ManagerScope" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "collaborativeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagerScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "collaborativeId" TEXT NOT NULL,
    "microsystemId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aim" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'ENROLLED',
    "startDate" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "DriverNode" (
    "id" TEXT NOT NULL,
    "collaborativeId" TEXT,
    "teamId" TEXT,
    "parentId" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DriverNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeIdea" (
    "id" TEXT NOT NULL,
    "collaborativeId" TEXT,
    "teamId" TEXT,
    "driverNodeId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'IDEA',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "collaborativeId" TEXT,
    "teamId" TEXT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "compassPoint" TEXT,
    "operationalDefinition" TEXT NOT NULL DEFAULT '',
    "numeratorDefinition" TEXT NOT NULL DEFAULT '',
    "denominatorDefinition" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "multiplier" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "unit" TEXT NOT NULL DEFAULT '',
    "frequency" TEXT NOT NULL DEFAULT 'WEEKLY',
    "direction" TEXT NOT NULL DEFAULT 'UP',
    "goal" DOUBLE PRECISION,
    "defaultChart" TEXT NOT NULL DEFAULT 'RUN',
    "rules" TEXT NOT NULL DEFAULT 'ANHOEJ',
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "numerator" DOUBLE PRECISION NOT NULL,
    "denominator" DOUBLE PRECISION,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMeasureSetting" (
    "teamId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "baselineCount" INTEGER,
    "phaseSplits" TEXT NOT NULL DEFAULT '',
    "chart" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamMeasureSetting_pkey" PRIMARY KEY ("teamId","measureId")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "measureId" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PdsaCycle" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "changeIdeaId" TEXT,
    "previousCycleId" TEXT,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PLAN',
    "scale" TEXT NOT NULL DEFAULT '',
    "objective" TEXT NOT NULL DEFAULT '',
    "who" TEXT NOT NULL DEFAULT '',
    "what" TEXT NOT NULL DEFAULT '',
    "where" TEXT NOT NULL DEFAULT '',
    "whenText" TEXT NOT NULL DEFAULT '',
    "dataCollectionPlan" TEXT NOT NULL DEFAULT '',
    "observations" TEXT NOT NULL DEFAULT '',
    "surprises" TEXT NOT NULL DEFAULT '',
    "learningSummary" TEXT NOT NULL DEFAULT '',
    "decision" TEXT,
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "abandonReason" TEXT NOT NULL DEFAULT '',
    "plannedStart" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PdsaCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PdsaPrediction" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "question" TEXT NOT NULL,
    "prediction" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "held" BOOLEAN,

    CONSTRAINT "PdsaPrediction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PdsaCycleMeasure" (
    "cycleId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,

    CONSTRAINT "PdsaCycleMeasure_pkey" PRIMARY KEY ("cycleId","measureId")
);

-- CreateTable
CREATE TABLE "PdsaComment" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdsaComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Idea" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "cycleId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Idea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningSeminar" (
    "id" TEXT NOT NULL,
    "collaborativeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Copenhagen',
    "venue" TEXT NOT NULL DEFAULT '',
    "videoUrl" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER,
    "registrationDeadline" TIMESTAMP(3),
    "preWork" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningSeminar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "seminarId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeminarMaterial" (
    "id" TEXT NOT NULL,
    "seminarId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SeminarMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeminarRegistration" (
    "id" TEXT NOT NULL,
    "seminarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamId" TEXT,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTERED',
    "attendance" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeminarRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPeriodReport" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "snapshot" TEXT NOT NULL DEFAULT '{}',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "barriers" TEXT NOT NULL DEFAULT '',
    "helpNeeded" TEXT NOT NULL DEFAULT '',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPeriodReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "reportId" TEXT,
    "month" TIMESTAMP(3) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "assessedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "toEmail" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "teamId" TEXT,
    "collaborativeId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarToken_key" ON "User"("calendarToken");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "UserInvite_tokenHash_key" ON "UserInvite"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "Microsystem_organisationId_idx" ON "Microsystem"("organisationId");

-- CreateIndex
CREATE INDEX "MicrosystemProfile_microsystemId_createdAt_idx" ON "MicrosystemProfile"("microsystemId", "createdAt");

-- CreateIndex
CREATE INDEX "Collaborative_organisationId_idx" ON "Collaborative"("organisationId");

-- CreateIndex
CREATE INDEX "CollaborativeStaff_userId_idx" ON "CollaborativeStaff"("userId");

-- CreateIndex
CREATE INDEX "ManagerScope_userId_idx" ON "ManagerScope"("userId");

-- CreateIndex
CREATE INDEX "Team_microsystemId_idx" ON "Team"("microsystemId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_collaborativeId_microsystemId_key" ON "Team"("collaborativeId", "microsystemId");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE INDEX "DriverNode_collaborativeId_idx" ON "DriverNode"("collaborativeId");

-- CreateIndex
CREATE INDEX "DriverNode_teamId_idx" ON "DriverNode"("teamId");

-- CreateIndex
CREATE INDEX "DriverNode_parentId_idx" ON "DriverNode"("parentId");

-- CreateIndex
CREATE INDEX "ChangeIdea_collaborativeId_idx" ON "ChangeIdea"("collaborativeId");

-- CreateIndex
CREATE INDEX "ChangeIdea_teamId_idx" ON "ChangeIdea"("teamId");

-- CreateIndex
CREATE INDEX "Measure_collaborativeId_idx" ON "Measure"("collaborativeId");

-- CreateIndex
CREATE INDEX "Measure_teamId_idx" ON "Measure"("teamId");

-- CreateIndex
CREATE INDEX "Measurement_teamId_periodStart_idx" ON "Measurement"("teamId", "periodStart");

-- CreateIndex
CREATE INDEX "Measurement_measureId_periodStart_idx" ON "Measurement"("measureId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_measureId_teamId_periodStart_key" ON "Measurement"("measureId", "teamId", "periodStart");

-- CreateIndex
CREATE INDEX "Annotation_teamId_date_idx" ON "Annotation"("teamId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PdsaCycle_previousCycleId_key" ON "PdsaCycle"("previousCycleId");

-- CreateIndex
CREATE INDEX "PdsaCycle_teamId_state_idx" ON "PdsaCycle"("teamId", "state");

-- CreateIndex
CREATE INDEX "PdsaCycle_changeIdeaId_idx" ON "PdsaCycle"("changeIdeaId");

-- CreateIndex
CREATE INDEX "PdsaCycle_teamId_completedAt_idx" ON "PdsaCycle"("teamId", "completedAt");

-- CreateIndex
CREATE INDEX "PdsaPrediction_cycleId_idx" ON "PdsaPrediction"("cycleId");

-- CreateIndex
CREATE INDEX "PdsaCycleMeasure_measureId_idx" ON "PdsaCycleMeasure"("measureId");

-- CreateIndex
CREATE INDEX "PdsaComment_cycleId_idx" ON "PdsaComment"("cycleId");

-- CreateIndex
CREATE INDEX "Idea_teamId_status_idx" ON "Idea"("teamId", "status");

-- CreateIndex
CREATE INDEX "LearningSeminar_collaborativeId_startsAt_idx" ON "LearningSeminar"("collaborativeId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_seminarId_idx" ON "AgendaItem"("seminarId");

-- CreateIndex
CREATE INDEX "SeminarMaterial_seminarId_idx" ON "SeminarMaterial"("seminarId");

-- CreateIndex
CREATE INDEX "SeminarRegistration_seminarId_status_createdAt_idx" ON "SeminarRegistration"("seminarId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SeminarRegistration_seminarId_userId_key" ON "SeminarRegistration"("seminarId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPeriodReport_teamId_month_key" ON "ActionPeriodReport"("teamId", "month");

-- CreateIndex
CREATE INDEX "Assessment_month_idx" ON "Assessment"("month");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_teamId_month_key" ON "Assessment"("teamId", "month");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginAttempt" ADD CONSTRAINT "LoginAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserInvite" ADD CONSTRAINT "UserInvite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Microsystem" ADD CONSTRAINT "Microsystem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MicrosystemProfile" ADD CONSTRAINT "MicrosystemProfile_microsystemId_fkey" FOREIGN KEY ("microsystemId") REFERENCES "Microsystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaborative" ADD CONSTRAINT "Collaborative_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborativeStaff" ADD CONSTRAINT "CollaborativeStaff_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborativeStaff" ADD CONSTRAINT "CollaborativeStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerScope" ADD CONSTRAINT "ManagerScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerScope" ADD CONSTRAINT "ManagerScope_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerScope" ADD CONSTRAINT "ManagerScope_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_microsystemId_fkey" FOREIGN KEY ("microsystemId") REFERENCES "Microsystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNode" ADD CONSTRAINT "DriverNode_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNode" ADD CONSTRAINT "DriverNode_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNode" ADD CONSTRAINT "DriverNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DriverNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeIdea" ADD CONSTRAINT "ChangeIdea_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeIdea" ADD CONSTRAINT "ChangeIdea_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeIdea" ADD CONSTRAINT "ChangeIdea_driverNodeId_fkey" FOREIGN KEY ("driverNodeId") REFERENCES "DriverNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMeasureSetting" ADD CONSTRAINT "TeamMeasureSetting_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMeasureSetting" ADD CONSTRAINT "TeamMeasureSetting_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycle" ADD CONSTRAINT "PdsaCycle_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycle" ADD CONSTRAINT "PdsaCycle_changeIdeaId_fkey" FOREIGN KEY ("changeIdeaId") REFERENCES "ChangeIdea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycle" ADD CONSTRAINT "PdsaCycle_previousCycleId_fkey" FOREIGN KEY ("previousCycleId") REFERENCES "PdsaCycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycle" ADD CONSTRAINT "PdsaCycle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaPrediction" ADD CONSTRAINT "PdsaPrediction_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "PdsaCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycleMeasure" ADD CONSTRAINT "PdsaCycleMeasure_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "PdsaCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaCycleMeasure" ADD CONSTRAINT "PdsaCycleMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdsaComment" ADD CONSTRAINT "PdsaComment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "PdsaCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "PdsaCycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningSeminar" ADD CONSTRAINT "LearningSeminar_collaborativeId_fkey" FOREIGN KEY ("collaborativeId") REFERENCES "Collaborative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "LearningSeminar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarMaterial" ADD CONSTRAINT "SeminarMaterial_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "LearningSeminar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarRegistration" ADD CONSTRAINT "SeminarRegistration_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "LearningSeminar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarRegistration" ADD CONSTRAINT "SeminarRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarRegistration" ADD CONSTRAINT "SeminarRegistration_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPeriodReport" ADD CONSTRAINT "ActionPeriodReport_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ActionPeriodReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
