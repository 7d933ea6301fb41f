"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** The new token in a read-only field to copy: the only time it is ever shown (the form's status names it). */
export function NewToken({ token }: { token: string }) {
  const t = useTranslations("apiTokens.created");
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="flex flex-col gap-2 rounded border border-green-300 bg-green-50 p-3">
      <label htmlFor="api-token-value" className="text-sm font-medium">
        {t("label")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="api-token-value"
          readOnly
          value={token}
          className="input min-w-0 flex-1 font-mono text-sm"
          data-testid="api-token-value"
          aria-describedby="api-token-value-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="btn-secondary" onClick={copy}>
          {t("copy")}
        </button>
      </div>
      <p id="api-token-value-hint" className="text-sm text-slate-700">
        {t("onlyOnce")}
      </p>
      <p aria-live="polite" className="text-sm text-green-900">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}
