"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";

export type TokenRow = { id: string; name: string; created: string; lastUsed: string; revoked: string | null };

/**
 * The owner's tokens (dates formatted on the server) with a revoke button on each active one. A
 * revoked token's button goes away with its form, so the outcome is shown above the table.
 */
export function TokenTable({ rows }: { rows: TokenRow[] }) {
  const t = useTranslations("apiTokens");
  const revocation = useActionForm(revokeApiTokenAction, { id: "revoke-token", namespace: "apiTokens" });
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.name ?? "";

  return (
    <div className="flex flex-col gap-3">
      <ActionStatus handle={revocation} success={(data) => t("revoked", { name: nameOf(data.id) })} />
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
                  <HandleForm handle={revocation} id={`revoke-token-${row.id}`} className="inline-flex">
                    <input type="hidden" name="tokenId" value={row.id} />
                    <SubmitButton className="btn-secondary">
                      <span aria-hidden="true">{t("revoke")}</span>
                      <span className="sr-only">{t("revokeNamed", { name: row.name })}</span>
                    </SubmitButton>
                  </HandleForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
