import "server-only";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { isRunningReportMonth, monthKey, monthStatus, overdueMonths, parseMonthKey, reportableMonths, reportOpensOn, type MonthStatus } from "./rules";
import { buildReportSnapshot, parseSnapshot, type ReportSnapshot } from "./snapshot";

type AssessmentView = { score: number; comment: string; createdAt: Date };

/** The team's months from its start to last month, newest first, with report status and score; null out of scope. */
export async function getTeamReports(db: Db, actor: Actor, teamId: string, now: Date = new Date()) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, startDate: true, collaborative: { select: { startDate: true, timeZone: true } } },
  });
  if (!team) return null;
  const [reports, assessments, canSubmit] = await Promise.all([
    db.actionPeriodReport.findMany({ where: { teamId }, select: { id: true, month: true, submittedAt: true } }),
    db.assessment.findMany({ where: { teamId }, select: { month: true, score: true, comment: true, createdAt: true } }),
    authorizeTeam(db, actor, teamId, "report.submit").then((result) => result.ok),
  ]);
  const reportByMonth = new Map(reports.map((report) => [monthKey(report.month), report]));
  const assessmentByMonth = new Map<string, AssessmentView>(assessments.map((a) => [monthKey(a.month), a]));
  const months = reportableMonths(team.startDate ?? team.collaborative.startDate, now)
    .reverse()
    .map((month) => {
      const key = monthKey(month);
      const report = reportByMonth.get(key) ?? null;
      return { key, month, status: monthStatus(month, now, report !== null) as MonthStatus, submittedAt: report?.submittedAt ?? null, assessment: assessmentByMonth.get(key) ?? null };
    });
  return { team: { id: team.id, name: team.name, timeZone: team.collaborative.timeZone }, months, canSubmit };
}

/**
 * One month of a team: the submitted report with its frozen snapshot, or (none yet) a live preview
 * of the prefill; the month must lie in the team's reportable range. null out of scope or no such month.
 */
export async function getTeamReportMonth(db: Db, actor: Actor, teamId: string, key: string, now: Date = new Date()) {
  const month = parseMonthKey(key);
  if (!month) return null;
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, collaborativeId: true, startDate: true, collaborative: { select: { name: true, startDate: true, timeZone: true } } },
  });
  if (!team) return null;
  const report = await db.actionPeriodReport.findUnique({
    where: { teamId_month: { teamId, month } },
    select: { id: true, snapshot: true, wentWell: true, barriers: true, helpNeeded: true, submittedAt: true, submittedById: true },
  });
  const inRange = reportableMonths(team.startDate ?? team.collaborative.startDate, now).some((m) => m.getTime() === month.getTime());
  if (!report && !inRange) return null;
  const [assessment, submitter, canSubmit, canScore] = await Promise.all([
    db.assessment.findUnique({ where: { teamId_month: { teamId, month } }, select: { score: true, comment: true, createdAt: true } }),
    report?.submittedById ? db.user.findUnique({ where: { id: report.submittedById }, select: { name: true } }) : null,
    authorizeTeam(db, actor, teamId, "report.submit").then((result) => result.ok),
    authorizeTeam(db, actor, teamId, "assessment.write").then((result) => result.ok),
  ]);
  const snapshot: ReportSnapshot = report ? parseSnapshot(report.snapshot) : await buildReportSnapshot(db, teamId, month);
  return {
    team: { id: team.id, name: team.name, collaborativeId: team.collaborativeId, collaborativeName: team.collaborative.name, timeZone: team.collaborative.timeZone },
    key,
    month,
    status: monthStatus(month, now, report !== null),
    report: report ? { ...report, submitterName: submitter?.name ?? null } : null,
    snapshot,
    assessment,
    canSubmit: canSubmit && !report,
    canScore: canScore && report !== null,
  };
}

/**
 * The month still running, whose report cannot be written yet: the team and the day it opens. null
 * out of scope, for any other month (past months are getTeamReportMonth's, later ones do not exist)
 * and before the team's start.
 */
export async function getUpcomingReportMonth(db: Db, actor: Actor, teamId: string, key: string, now: Date = new Date()) {
  const month = parseMonthKey(key);
  if (!month) return null;
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true, startDate: true, collaborative: { select: { startDate: true } } } });
  if (!team || !isRunningReportMonth(month, team.startDate ?? team.collaborative.startDate, now)) return null;
  return { team: { id: team.id, name: team.name }, key: monthKey(month), month, opensOn: reportOpensOn(month) };
}

/**
 * The secretariat's overview of a collaborative's reports: per team the latest report and score and
 * the overdue months; with `filterKey` ("YYYY-MM") also that month's report and score. null out of scope.
 */
export async function getCollaborativeReports(db: Db, actor: Actor, collaborativeId: string, filterKey: string | null, now: Date = new Date()) {
  const access = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.readTeams");
  if (!access.ok) return null;
  const collaborative = await db.collaborative.findUnique({
    where: { id: collaborativeId },
    select: { id: true, name: true, startDate: true, timeZone: true },
  });
  if (!collaborative) return null;
  const filterMonth = filterKey ? parseMonthKey(filterKey) : null;
  const teams = await db.team.findMany({
    where: { collaborativeId },
    select: {
      id: true,
      name: true,
      status: true,
      startDate: true,
      reports: { select: { id: true, month: true, submittedAt: true }, orderBy: { month: "desc" } },
      assessments: { select: { month: true, score: true, comment: true }, orderBy: { month: "desc" } },
    },
    orderBy: { name: "asc" },
  });
  const rows = teams.map((team) => {
    const submitted = new Set(team.reports.map((report) => monthKey(report.month)));
    const latestReport = team.reports[0] ?? null;
    const latestAssessment = team.assessments[0] ?? null;
    const monthReport = filterMonth ? (team.reports.find((report) => report.month.getTime() === filterMonth.getTime()) ?? null) : null;
    const monthAssessment = filterMonth ? (team.assessments.find((a) => a.month.getTime() === filterMonth.getTime()) ?? null) : null;
    return {
      id: team.id,
      name: team.name,
      status: team.status,
      latestReport: latestReport ? { key: monthKey(latestReport.month), month: latestReport.month, submittedAt: latestReport.submittedAt } : null,
      latestAssessment: latestAssessment ? { key: monthKey(latestAssessment.month), month: latestAssessment.month, score: latestAssessment.score } : null,
      latestUnscored: latestReport !== null && !team.assessments.some((a) => a.month.getTime() === latestReport.month.getTime()),
      overdue: overdueMonths(team.startDate ?? collaborative.startDate, now, submitted).map((month) => ({ key: monthKey(month), month })),
      monthReport: monthReport ? { key: monthKey(monthReport.month), submittedAt: monthReport.submittedAt } : null,
      monthAssessment,
    };
  });
  const months = reportableMonths(collaborative.startDate, now).reverse().map((month) => ({ key: monthKey(month), month }));
  return { collaborative, rows, months, filter: filterMonth ? monthKey(filterMonth) : null };
}
