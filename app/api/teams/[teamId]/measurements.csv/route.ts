import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatCsv, formatCsvNumber, safeText, TEMPLATE_COLUMNS } from "@/lib/measurements/csv";
import { getTeamExport } from "@/lib/measurements/data";
import { csvResponse } from "@/lib/measurements/http";

/** A team's measurement data as CSV, in the import template's columns (team.read). */
export async function GET(_request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { teamId } = await params;
  const data = await getTeamExport(prisma, user, teamId);
  if (!data) return new Response(null, { status: 404 });
  const rows = data.rows.map((row) => [safeText(row.measure), row.period, formatCsvNumber(row.numerator), formatCsvNumber(row.denominator), safeText(row.note)]);
  return csvResponse(formatCsv([[...TEMPLATE_COLUMNS], ...rows]), `${data.team.name}-measurements.csv`);
}
