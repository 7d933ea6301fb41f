// next-intl without locale routing: the language lives in a cookie that sign-in and the language
// switcher set from the user's saved choice, so URLs stay the same for every language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, localeFromAcceptLanguage, TIME_ZONES } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONES[locale] };
});
