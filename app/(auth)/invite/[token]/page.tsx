import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { prisma } from "@/lib/db/prisma";
import { getInviteState } from "@/lib/users/invite";
import { InviteForm } from "./invite-form";

export async function generateMetadata() {
  const t = await getTranslations("invite");
  return { title: t("title"), referrer: "no-referrer" };
}

/** Signed out: set a password from a one-time invitation link; a used, expired or unknown link says so. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const { state, email } = await getInviteState(prisma, token);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-xl font-semibold text-brand-700">{t("brand")}</p>
        <LanguageSwitcher />
      </div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <InviteForm token={token} state={state} email={email} />
    </main>
  );
}
