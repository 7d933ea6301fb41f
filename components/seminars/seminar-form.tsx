"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { errorsOf, Field, FormStatus, useActionForm } from "@/components/setup/action-form";
import { createSeminarAction, updateSeminarAction } from "@/lib/seminars/actions";

const NS = "seminars";
const ZONES = [
  { value: "Europe/Copenhagen", key: "copenhagen" },
  { value: "Europe/Stockholm", key: "stockholm" },
  { value: "Europe/Oslo", key: "oslo" },
] as const;

export type SeminarFormValues = {
  number: number;
  title: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  videoUrl: string;
  capacity: string;
  registrationDeadline: string;
  preWork: string;
  agenda: { time: string; title: string; presenter: string }[];
  materials: { title: string; url: string }[];
};

/** Creates or edits a seminar: details, agenda items (time, title, presenter) and material links. */
export function SeminarForm({ collaborativeId, seminarId, initial }: { collaborativeId: string; seminarId?: string; initial: SeminarFormValues }) {
  const t = useTranslations(`${NS}.form`);
  const tErrors = useTranslations("errors.field");
  const tZones = useTranslations(`${NS}.timeZones`);
  const router = useRouter();
  const [agenda, setAgenda] = useState(initial.agenda);
  const [materials, setMaterials] = useState(initial.materials);
  const { pending, result, onSubmit } = useActionForm(seminarId ? updateSeminarAction : createSeminarAction, {
    onSuccess: (data) => {
      if (!seminarId) router.push(`/collaboratives/${collaborativeId}/seminars/${(data as { id: string }).id}`);
    },
  });
  const field = { formId: "seminar", namespace: NS, result };
  const listError = (prefix: string) => Object.keys(result && !result.ok ? (result.fieldErrors ?? {}) : {}).some((key) => key.startsWith(prefix));
  const invalid = (key: string) => errorsOf(result, key).length > 0 || undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-4">
      {seminarId ? <input type="hidden" name="seminarId" value={seminarId} /> : <input type="hidden" name="collaborativeId" value={collaborativeId} />}
      <input type="hidden" name="agenda" value={JSON.stringify(agenda)} />
      <input type="hidden" name="materials" value={JSON.stringify(materials)} />
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <Field {...field} name="number" label={t("number")}>
          {(props) => <input {...props} type="number" min={1} defaultValue={initial.number} className="input" />}
        </Field>
        <Field {...field} name="title" label={t("title")}>
          {(props) => <input {...props} type="text" defaultValue={initial.title} className="input" />}
        </Field>
      </div>
      <Field {...field} name="timeZone" label={t("timeZone")} help={t("timesHelp")}>
        {(props) => (
          <select {...props} defaultValue={initial.timeZone} className="input">
            {ZONES.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {tZones(zone.key)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="startsAt" label={t("startsAt")}>
          {(props) => <input {...props} type="datetime-local" defaultValue={initial.startsAt} className="input" />}
        </Field>
        <Field {...field} name="endsAt" label={t("endsAt")}>
          {(props) => <input {...props} type="datetime-local" defaultValue={initial.endsAt} className="input" />}
        </Field>
      </div>
      <Field {...field} name="venue" label={t("venue")}>
        {(props) => <input {...props} type="text" defaultValue={initial.venue} className="input" />}
      </Field>
      <Field {...field} name="videoUrl" label={t("videoUrl")}>
        {(props) => <input {...props} type="url" defaultValue={initial.videoUrl} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="capacity" label={t("capacity")} help={t("capacityHelp")}>
          {(props) => <input {...props} type="number" min={1} defaultValue={initial.capacity} className="input" />}
        </Field>
        <Field {...field} name="registrationDeadline" label={t("registrationDeadline")}>
          {(props) => <input {...props} type="datetime-local" defaultValue={initial.registrationDeadline} className="input" />}
        </Field>
      </div>
      <Field {...field} name="preWork" label={t("preWork")}>
        {(props) => <textarea {...props} rows={3} defaultValue={initial.preWork} className="input" />}
      </Field>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t("agendaHeading")}</legend>
        {agenda.map((item, index) => {
          const n = index + 1;
          const set = (patch: Partial<typeof item>) => setAgenda(agenda.map((other, i) => (i === index ? { ...other, ...patch } : other)));
          return (
            <div key={index} className="grid items-end gap-2 sm:grid-cols-[7rem_1fr_1fr_auto]">
              <label className="flex flex-col gap-1 text-sm">
                {t("agendaTime", { n })}
                <input type="time" className="input" value={item.time} aria-invalid={invalid(`agenda.${index}.time`)} onChange={(e) => set({ time: e.target.value })} />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("agendaTitle", { n })}
                <input type="text" className="input" value={item.title} aria-invalid={invalid(`agenda.${index}.title`)} onChange={(e) => set({ title: e.target.value })} />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("agendaPresenter", { n })}
                <input type="text" className="input" value={item.presenter} onChange={(e) => set({ presenter: e.target.value })} />
              </label>
              <button type="button" className="btn-secondary" onClick={() => setAgenda(agenda.filter((_, i) => i !== index))}>
                {t("removeAgendaItem", { n })}
              </button>
            </div>
          );
        })}
        {listError("agenda") && <p className="text-sm text-red-800">{tErrors("invalid")}</p>}
        <div>
          <button type="button" className="btn-secondary" onClick={() => setAgenda([...agenda, { time: "", title: "", presenter: "" }])}>
            {t("addAgendaItem")}
          </button>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t("materialsHeading")}</legend>
        {materials.map((item, index) => {
          const n = index + 1;
          const set = (patch: Partial<typeof item>) => setMaterials(materials.map((other, i) => (i === index ? { ...other, ...patch } : other)));
          return (
            <div key={index} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]">
              <label className="flex flex-col gap-1 text-sm">
                {t("materialTitle", { n })}
                <input type="text" className="input" value={item.title} aria-invalid={invalid(`materials.${index}.title`)} onChange={(e) => set({ title: e.target.value })} />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("materialUrl", { n })}
                <input type="url" className="input" value={item.url} aria-invalid={invalid(`materials.${index}.url`)} onChange={(e) => set({ url: e.target.value })} />
              </label>
              <button type="button" className="btn-secondary" onClick={() => setMaterials(materials.filter((_, i) => i !== index))}>
                {t("removeMaterial", { n })}
              </button>
            </div>
          );
        })}
        {listError("materials") && <p className="text-sm text-red-800">{tErrors("invalid")}</p>}
        <div>
          <button type="button" className="btn-secondary" onClick={() => setMaterials([...materials, { title: "", url: "" }])}>
            {t("addMaterial")}
          </button>
        </div>
      </fieldset>
      <FormStatus result={result} namespace={NS} success={seminarId ? t("saved") : t("created")} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {seminarId ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
