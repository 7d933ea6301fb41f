"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog, where the storyboard can also be saved as PDF. */
export function PrintButton() {
  const t = useTranslations("storyboard");
  return (
    <button type="button" className="btn-primary min-h-11 print:hidden" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
