import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a 404 says: the same words signed in (inside the app's frame) and signed out. */
export async function NotFoundContent() {
  const t = await getTranslations("errors.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <p className="mt-4">
        <Link className="text-brand-700 underline" href="/">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}

/** The 404's title, so the browser tab says what happened (WCAG 2.4.2). */
export async function notFoundMetadata() {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}
