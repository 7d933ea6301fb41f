import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { listUsers } from "@/lib/users/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("users") };
}

export default async function UsersPage() {
  const user = await requireUser();
  const users = await listUsers(prisma, user);
  if (!users) notFound();
  const t = await getTranslations("admin.users");
  const tEnums = await getTranslations("enums");
  const tCommon = await getTranslations("common");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
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
              <th scope="row">{row.name}</th>
              <td>{row.email}</td>
              <td>{tEnums(`role.${row.role}`)}</td>
              <td>{tCommon(`languages.${row.locale}`)}</td>
              <td>{row._count.memberships}</td>
              <td>{row.deactivatedAt ? t("deactivated") : t("active")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
