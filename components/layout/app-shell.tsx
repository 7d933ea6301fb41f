import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation/items";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** The frame of every signed-in page: skip link, role-fitted navigation, the user, language, sign-out. */
export async function AppShell({ user, isTeamMember, children }: { user: CurrentUser; isTeamMember: boolean; children: ReactNode }) {
  const t = await getTranslations("common");
  const tRoles = await getTranslations("enums.role");
  return (
    <>
      <a href="#main" className="skip-link print:hidden">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-xl font-semibold text-brand-700">
            {t("appName")}
          </Link>
          <nav aria-label={t("mainNavigation")}>
            <NavLinks items={navigationFor(user.role, isTeamMember)} />
          </nav>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm">
              <span className="font-medium">{user.name}</span>
              <span className="text-slate-600"> · {tRoles(user.role)}</span>
            </p>
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
