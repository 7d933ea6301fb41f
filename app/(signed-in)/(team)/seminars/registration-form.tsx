"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { FieldSet } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelRegistrationAction, registerForSeminarAction } from "@/lib/seminars/actions";

const MODES = ["IN_PERSON", "REMOTE"] as const;

type Mode = (typeof MODES)[number];

/**
 * Registers oneself (in person or remote), changes the mode, or cancels. Each outcome is announced;
 * a new outcome of one clears the other's (the rounds remount it), so the screen never says both
 * "registered" and "cancelled". When the chosen mode's places are taken (each mode has its own),
 * its option says so and the button says "Join the waiting list" instead of "Register".
 */
export function RegistrationForm({
  seminarId,
  seminarLabel,
  mode,
  registered,
  full,
}: {
  seminarId: string;
  seminarLabel: string;
  mode: string | null;
  registered: boolean;
  full: Record<Mode, boolean>;
}) {
  const t = useTranslations("seminars");
  const [rounds, setRounds] = useState({ registered: 0, cancelled: 0 });
  const id = `register-${seminarId}`;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm
        key={`register-${rounds.cancelled}`}
        action={registerForSeminarAction}
        id={id}
        namespace="seminars"
        success={(data) => (data.status === "WAITLISTED" ? t("mine.waitlistedNow", { position: data.position ?? 0 }) : t("mine.registered"))}
        onSuccess={() => setRounds((r) => ({ ...r, registered: r.registered + 1 }))}
        className="flex flex-wrap items-end gap-3"
        aria-label={seminarLabel}
      >
        <input type="hidden" name="seminarId" value={seminarId} />
        <ModeChoice seminarId={seminarId} mode={mode === "REMOTE" ? "REMOTE" : "IN_PERSON"} registered={registered} full={full} />
      </ActionForm>
      <CancelRegistration
        key={`cancel-${rounds.registered}`}
        seminarId={seminarId}
        registered={registered}
        onCancelled={() => setRounds((r) => ({ ...r, cancelled: r.cancelled + 1 }))}
      />
    </div>
  );
}

/** The mode's radio buttons and the submit button, whose words follow the chosen mode's places (it remounts with its form). */
function ModeChoice({ seminarId, mode, registered, full }: { seminarId: string; mode: Mode; registered: boolean; full: Record<Mode, boolean> }) {
  const t = useTranslations("seminars");
  const [chosen, setChosen] = useState<Mode>(mode);
  return (
    <>
      <FieldSet name="mode" legend={t("mine.modeLabel")} className="flex flex-wrap gap-3">
        {MODES.map((option) => (
          <label key={option} className="flex items-center gap-1">
            <input type="radio" name="mode" value={option} defaultChecked={mode === option} onChange={() => setChosen(option)} id={`mode-${seminarId}-${option}`} />
            {t(`mode.${option}`)}
            {full[option] && <span className="text-sm text-slate-700">{` (${t("mine.modeFull")})`}</span>}
          </label>
        ))}
      </FieldSet>
      <SubmitButton className="btn-primary">{registered ? t("mine.changeMode") : full[chosen] ? t("mine.joinWaitingList") : t("mine.register")}</SubmitButton>
    </>
  );
}

/** The cancel button while registered; its outcome stays after the button has gone. */
function CancelRegistration({ seminarId, registered, onCancelled }: { seminarId: string; registered: boolean; onCancelled: () => void }) {
  const t = useTranslations("seminars");
  const cancel = useActionForm(cancelRegistrationAction, { id: `cancel-${seminarId}`, namespace: "seminars", onSuccess: onCancelled });
  return (
    <>
      {registered && (
        <HandleForm handle={cancel} className="flex">
          <input type="hidden" name="seminarId" value={seminarId} />
          <SubmitButton className="btn-secondary">{t("mine.cancelRegistration")}</SubmitButton>
        </HandleForm>
      )}
      <ActionStatus handle={cancel} success={t("mine.registrationCancelled")} />
    </>
  );
}
