import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listOwnApiTokens } from "@/lib/api-tokens/data";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, TIME_ZONES } from "@/lib/i18n/locales";
import { CreateTokenForm } from "./create-token-form";
import { TokenTable } from "./token-table";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("apiTokens") };
}

/**
 * A manager's or administrator's personal API tokens for the open data API (/api/v1): what they are
 * for, the OpenAPI document, a form that shows a new token once, and the list with revocation.
 */
export default async function ApiTokensPage() {
  const user = await requireUser();
  const tokens = await listOwnApiTokens(prisma, user);
  if (!tokens) notFound();
  const t = await getTranslations("apiTokens");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const when = (date: Date) => formatDateTime(locale, date, TIME_ZONES[locale]);
  const rows = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    created: when(token.createdAt),
    lastUsed: token.lastUsedAt ? when(token.lastUsedAt) : t("list.neverUsed"),
    revoked: token.revokedAt ? t("list.revokedAt", { when: when(token.revokedAt) }) : null,
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <p className="max-w-prose text-slate-700">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">
            {t("openApiLink")}
          </a>
          {" · "}
          {t("openApiHint")}
        </p>
      </div>
      <CreateTokenForm />
      <section aria-labelledby="api-tokens-list-heading" className="card overflow-x-auto">
        <h2 id="api-tokens-list-heading" className="mb-2 text-lg font-semibold">
          {t("list.heading")}
        </h2>
        {rows.length === 0 ? <p>{t("list.none")}</p> : <TokenTable rows={rows} />}
      </section>
    </div>
  );
}
