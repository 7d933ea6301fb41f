"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, useAdminAction, useFailureMessage } from "@/components/admin/action-feedback";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";

export type TokenRow = { id: string; name: string; created: string; lastUsed: string; revoked: string | null };

/** The owner's tokens (dates formatted on the server) with a revoke button on each active one. */
export function TokenTable({ rows }: { rows: TokenRow[] }) {
  const t = useTranslations("apiTokens");
  const failureMessage = useFailureMessage("apiTokens");
  const { pending, failure, run } = useAdminAction(revokeApiTokenAction);
  const [revokedName, setRevokedName] = useState<string | null>(null);

  function revoke(row: TokenRow) {
    setRevokedName(null);
    run({ tokenId: row.id }, () => setRevokedName(row.name));
  }

  return (
    <div className="flex flex-col gap-3">
      <ActionStatus tone="error" message={failure ? failureMessage(failure) : null} />
      {revokedName && !failure && <ActionStatus tone="success" message={t("revoked", { name: revokedName })} />}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("list.name")}</th>
            <th scope="col">{t("list.created")}</th>
            <th scope="col">{t("list.lastUsed")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">{t("list.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-token={row.name}>
              <th scope="row">{row.name}</th>
              <td>{row.created}</td>
              <td>{row.lastUsed}</td>
              <td>{row.revoked ?? t("list.active")}</td>
              <td>
                {!row.revoked && (
                  <button type="button" className="btn-secondary" disabled={pending} aria-label={t("revokeNamed", { name: row.name })} onClick={() => revoke(row)}>
                    {t("revoke")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
