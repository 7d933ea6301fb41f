import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { listUsers } from "@/lib/users/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("users") };
}

/** The administrator's users: the list (each to its own page) and a form to create and invite. */
export default async function UsersPage() {
  const user = await requireUser();
  const users = await listUsers(prisma, user);
  if (!users) notFound();
  const t = await getTranslations("adminUsers");
  const tEnums = await getTranslations("enums");
  const tCommon = await getTranslations("common");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <UserCreateForm />
      <section aria-labelledby="users-list-heading" className="card overflow-x-auto">
        <h2 id="users-list-heading" className="mb-2 text-lg font-semibold">
          {t("listHeading", { count: users.length })}
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("teams")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/admin/users/${row.id}`} className="text-brand-700 underline">
                    {row.name}
                  </Link>
                </th>
                <td>{row.email}</td>
                <td>{tEnums(`role.${row.role}`)}</td>
                <td>{tCommon(`languages.${row.locale}`)}</td>
                <td>{row._count.memberships}</td>
                <td>{row.deactivatedAt ? t("deactivated") : t("active")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
