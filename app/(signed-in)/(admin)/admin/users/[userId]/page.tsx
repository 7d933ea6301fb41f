import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { UserAccessPanel } from "@/components/admin/user-access-panel";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { UserScopesForm } from "@/components/admin/user-scopes-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, TIME_ZONES } from "@/lib/i18n/locales";
import { getUserAdministration } from "@/lib/users/data";

type Params = { params: Promise<{ userId: string }> };

export async function generateMetadata({ params }: Params) {
  const actor = await requireUser();
  const found = await getUserAdministration(prisma, actor, (await params).userId);
  const t = await getTranslations("nav");
  return { title: found ? found.user.name : t("users") };
}

/** One user for the administrator: role, scopes, sign-in status and a fresh invitation link. */
export default async function UserPage({ params }: Params) {
  const actor = await requireUser();
  const found = await getUserAdministration(prisma, actor, (await params).userId);
  if (!found) notFound();
  const { user, scopes, choices } = found;
  const t = await getTranslations("adminUsers");
  const tEnums = await getTranslations("enums");
  const tCommon = await getTranslations("common");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const date = (value: Date) => formatDate(locale, value, TIME_ZONES[locale]);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p className="text-slate-700">{user.email}</p>
      </div>

      <section aria-labelledby="user-facts-heading" className="card">
        <h2 id="user-facts-heading" className="mb-2 text-lg font-semibold">
          {t("detail.facts")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("role")}</dt>
          <dd>{tEnums(`role.${user.role}`)}</dd>
          <dt className="font-medium">{t("language")}</dt>
          <dd>{tCommon(`languages.${user.locale}`)}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{user.deactivatedAt ? t("deactivatedSince", { date: date(user.deactivatedAt) }) : t("active")}</dd>
          <dt className="font-medium">{t("detail.password")}</dt>
          <dd>
            {user.hasPassword
              ? t("detail.passwordSet")
              : user.pendingInviteExpiresAt
                ? t("detail.invitePending", { date: date(user.pendingInviteExpiresAt) })
                : t("detail.passwordMissing")}
          </dd>
          <dt className="font-medium">{t("detail.created")}</dt>
          <dd>{date(user.createdAt)}</dd>
        </dl>
        {user.memberships.length > 0 && (
          <>
            <h3 className="mt-3 font-semibold">{t("teams")}</h3>
            <ul className="list-disc pl-6">
              {user.memberships.map((membership) => (
                <li key={membership.team.id}>
                  {membership.team.name} · {membership.team.collaborative.name} · {tEnums(`teamRole.${membership.role}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="user-role-heading" className="card">
        <h2 id="user-role-heading" className="mb-2 text-lg font-semibold">
          {t("detail.roleHeading")}
        </h2>
        <UserRoleForm userId={user.id} role={user.role} />
      </section>

      <section aria-labelledby="user-scopes-heading" className="card">
        <h2 id="user-scopes-heading" className="mb-2 text-lg font-semibold">
          {t("scopes.heading")}
        </h2>
        <UserScopesForm
          key={user.role}
          userId={user.id}
          role={user.role}
          scopes={scopes}
          collaboratives={choices.collaboratives}
          organisations={choices.organisations}
        />
      </section>

      <section aria-labelledby="user-access-heading" className="card">
        <h2 id="user-access-heading" className="mb-2 text-lg font-semibold">
          {t("detail.accessHeading")}
        </h2>
        {user.isSelf ? <p>{t("detail.selfAccess")}</p> : <UserAccessPanel userId={user.id} isDeactivated={Boolean(user.deactivatedAt)} />}
      </section>
    </div>
  );
}
