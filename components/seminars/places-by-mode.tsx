import { useTranslations } from "next-intl";
import { REGISTRATION_MODES, type ModePlaces, type RegistrationMode } from "@/lib/seminars/rules";

/**
 * A seminar's places per way of taking part: the room's (capacity) and remote attendance's (its own
 * limit), each with the places left or "no limit", and its waiting list when there is one.
 */
export function PlacesByMode({ places, className = "text-sm" }: { places: Record<RegistrationMode, ModePlaces>; className?: string }) {
  const t = useTranslations("seminars");
  return (
    <ul className={className}>
      {REGISTRATION_MODES.map((mode) => {
        const entry = places[mode];
        const label = t(`mode.${mode}`);
        return (
          <li key={mode}>
            {entry.limit === null
              ? t("places.unlimited", { mode: label, registered: entry.registered })
              : t("places.left", { mode: label, left: entry.left ?? 0, limit: entry.limit, registered: entry.registered })}
            {entry.waiting > 0 && ` · ${t("places.waiting", { count: entry.waiting })}`}
          </li>
        );
      })}
    </ul>
  );
}
