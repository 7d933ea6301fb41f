import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatCsv, safeText, TEMPLATE_COLUMNS } from "@/lib/measurements/csv";
import { getTeamTemplate } from "@/lib/measurements/data";
import { csvResponse } from "@/lib/measurements/http";

/** The import template: the header and one row per active measure for its current period (team.read). */
export async function GET(_request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { teamId } = await params;
  const data = await getTeamTemplate(prisma, user, teamId);
  if (!data) return new Response(null, { status: 404 });
  const rows = data.rows.map((row) => [safeText(row.measure), row.period, "", "", ""]);
  return csvResponse(formatCsv([[...TEMPLATE_COLUMNS], ...rows]), `${data.team.name}-template.csv`);
}
