import type { Locale } from "./locales";
import da from "@/messages/da.json";

export type Messages = typeof da;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default as Messages;
}
