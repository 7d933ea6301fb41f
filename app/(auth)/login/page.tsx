import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isOidcEnabled } from "@/lib/auth/oidc";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isDemoMode } from "@/lib/demo/mode";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-users";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-xl font-semibold text-brand-700">{t("brand")}</p>
        <LanguageSwitcher />
      </div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <LoginForm callbackUrl={safeCallback} oidcEnabled={isOidcEnabled()} />
      {isDemoMode() && (
        <section aria-labelledby="demo-heading" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h2 id="demo-heading" className="font-semibold">
            {t("demo.heading")}
          </h2>
          <p className="mt-1 text-sm">{t("demo.password", { password: DEMO_PASSWORD })}</p>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{t("demo.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("demo.role")}</th>
                <th scope="col">{t("email")}</th>
              </tr>
            </thead>
            <tbody>
              {DEMO_USERS.map((user) => (
                <tr key={user.key}>
                  <td>{t(`demo.users.${user.key}`)}</td>
                  <td className="font-mono">{user.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
