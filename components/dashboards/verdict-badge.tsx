import { useTranslations } from "next-intl";
import { VerdictIcon } from "@/components/charts/chart-shapes";
import type { Verdict } from "@/lib/dashboards/types";
import { VERDICT_KEYS } from "./verdict-words";

/** A chart's verdict as its icon (the signal's shape and colour) and its word, e.g. in a teams table. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("charts.summary.verdict");
  return (
    <span className="inline-flex items-start gap-1.5" data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      <span>{t(VERDICT_KEYS[verdict])}</span>
    </span>
  );
}
