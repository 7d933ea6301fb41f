import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import { authorizeMicrosystem } from "@/lib/authz/microsystem";
import { prisma } from "@/lib/db/prisma";

// Page titles that say where you are (WCAG 2.4.2, issue 17): the page's own name with the team's,
// collaborative's, seminar's or microsystem's. The names are read with the same scope checks as the
// pages, so a title never names what its page answers 404 for: out of scope (or no such id) the title
// calls notFound() itself, and Next.js titles the page with the not-found page's title.

/** "{page} – {team}" for a team's page. */
export async function teamPageTitle(teamId: string, page: string): Promise<Metadata> {
  const user = await requireUser();
  const team = (await authorizeTeam(prisma, user, teamId, "team.read")).ok ? await prisma.team.findUnique({ where: { id: teamId }, select: { name: true } }) : null;
  if (!team) notFound();
  const t = await getTranslations("pageTitles");
  return { title: t("inTeam", { page, team: team.name }) };
}

/** "{page} – {collaborative}" for a collaborative's page. */
export async function collaborativePageTitle(collaborativeId: string, page: string): Promise<Metadata> {
  const user = await requireUser();
  const collaborative = (await authorizeCollaborative(prisma, user, collaborativeId, "collaborative.read")).ok
    ? await prisma.collaborative.findUnique({ where: { id: collaborativeId }, select: { name: true } })
    : null;
  if (!collaborative) notFound();
  const t = await getTranslations("pageTitles");
  return { title: t("inCollaborative", { page, collaborative: collaborative.name }) };
}

/** "Seminar 2: {title} – {collaborative}", with the checks of getSeminarDetails (a draft only for its managers). */
export async function seminarPageTitle(collaborativeId: string, seminarId: string): Promise<Metadata> {
  const user = await requireUser();
  const seminar = await prisma.learningSeminar.findUnique({
    where: { id: seminarId },
    select: { number: true, title: true, status: true, collaborativeId: true, collaborative: { select: { name: true } } },
  });
  if (!seminar || seminar.collaborativeId !== collaborativeId) notFound();
  if (!(await authorizeCollaborative(prisma, user, collaborativeId, "collaborative.readTeams")).ok) notFound();
  if (seminar.status === "DRAFT" && !(await authorizeCollaborative(prisma, user, collaborativeId, "collaborative.manage")).ok) notFound();
  const t = await getTranslations();
  const page = t("seminars.seminarLabel", { number: seminar.number, title: seminar.title });
  return { title: t("pageTitles.inCollaborative", { page, collaborative: seminar.collaborative.name }) };
}

/** "Mikrosystem: {name}" for a microsystem's page. */
export async function microsystemPageTitle(microsystemId: string): Promise<Metadata> {
  const user = await requireUser();
  const microsystem = (await authorizeMicrosystem(prisma, user, microsystemId, "microsystem.read")).ok
    ? await prisma.microsystem.findUnique({ where: { id: microsystemId }, select: { name: true } })
    : null;
  if (!microsystem) notFound();
  const t = await getTranslations("pageTitles");
  return { title: t("microsystem", { name: microsystem.name }) };
}
