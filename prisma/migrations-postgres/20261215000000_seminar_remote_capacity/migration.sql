-- A seminar's capacity is the room's (in-person registrations); remote attendance has its own
-- optional limit (null = unlimited).
ALTER TABLE "LearningSeminar" ADD COLUMN "remoteCapacity" INTEGER;
