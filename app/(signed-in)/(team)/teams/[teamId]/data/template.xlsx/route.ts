import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { TEMPLATE_COLUMNS } from "@/lib/measurements/csv";
import { getTeamTemplate } from "@/lib/measurements/data";
import { xlsxResponse } from "@/lib/measurements/http";
import { writeXlsx } from "@/lib/measurements/xlsx-write";

/** The import template as an Excel workbook: the same columns and rows as the CSV template (team.read). */
export async function GET(_request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { teamId } = await params;
  const data = await getTeamTemplate(prisma, user, teamId);
  if (!data) return new Response(null, { status: 404 });
  const t = await getTranslations("dataImport");
  const rows = data.rows.map((row) => [row.measure, row.period, null, null, null]);
  return xlsxResponse(writeXlsx([{ name: t("sheetName"), rows: [[...TEMPLATE_COLUMNS], ...rows] }]), `${data.team.name}-template.xlsx`);
}
