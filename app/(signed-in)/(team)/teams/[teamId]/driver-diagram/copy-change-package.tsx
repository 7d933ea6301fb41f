"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/teams/action-feedback";
import { copyChangePackageAction } from "@/lib/driver-diagrams/actions";

/**
 * "Copy the change package into our diagram". Into a diagram that has drivers the server refuses
 * (diagramNotEmpty) until the user confirms appending after the team's own drivers.
 */
export function CopyChangePackage({ teamId, isEmpty }: { teamId: string; isEmpty: boolean }) {
  const t = useTranslations("driverDiagram");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [askAppend, setAskAppend] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function copy(append: boolean) {
    setPending(true);
    const result = await copyChangePackageAction({ teamId, append });
    setPending(false);
    if (!result.ok) {
      if (result.rule === "diagramNotEmpty") {
        setAskAppend(true);
        setStatus(null);
        return;
      }
      setStatus({ ok: false, text: failureMessage(result, tErrors, t) });
      return;
    }
    setAskAppend(false);
    setStatus({ ok: true, text: t("copied", { count: result.data.copied }) });
    router.refresh();
  }

  return (
    <section aria-labelledby="copy-heading" className="card flex flex-col gap-2">
      <h2 id="copy-heading" className="text-lg font-semibold">
        {t("copyTitle")}
      </h2>
      <p>{t("copyBody")}</p>
      <div>
        <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => void copy(false)}>
          {t("copy")}
        </button>
      </div>
      <div aria-live="polite" role="status">
        {askAppend && !isEmpty && (
          <div className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3">
            <p>{t("appendQuestion")}</p>
            <div className="flex gap-2">
              <button type="button" className="btn-primary min-h-11" disabled={pending} onClick={() => void copy(true)}>
                {t("append")}
              </button>
              <button type="button" className="btn-secondary min-h-11" onClick={() => setAskAppend(false)}>
                {t("cancel")}
              </button>
            </div>
          </div>
        )}
        {status && <p className={status.ok ? "rounded bg-brand-50 p-2" : "rounded border border-red-300 bg-red-50 p-2 text-red-800"}>{status.text}</p>}
      </div>
    </section>
  );
}
