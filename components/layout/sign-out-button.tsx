"use client";

import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/sign-in-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Signs out through a server action: it works without JavaScript and ends the session on the server too. */
export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <form action={signOutAction}>
      <SubmitButton className="btn-secondary">{t("signOut")}</SubmitButton>
    </form>
  );
}
