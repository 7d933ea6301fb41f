-- Sessions end at sign-out and deactivation (User.sessionVersion); sign-in failures are counted per
-- account and address (LoginAttempt.address); calendar-feed tokens become 128 random bits.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "LoginAttempt" ADD COLUMN "address" TEXT;
CREATE INDEX "LoginAttempt_address_createdAt_idx" ON "LoginAttempt"("address", "createdAt");
UPDATE "User" SET "calendarToken" = lower(hex(randomblob(16)));
