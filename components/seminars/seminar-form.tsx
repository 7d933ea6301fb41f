"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field, FieldSet } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createSeminarAction, updateSeminarAction } from "@/lib/seminars/actions";
import type { SeminarFormValues } from "@/lib/seminars/form-values";

const NS = "seminars";
let rowKey = 0;
/** A list item with a key of its own, so its fields (and their counters) move with it when another is removed. */
const keyed = <T,>(item: T) => ({ ...item, key: `row${++rowKey}` });
const ZONES = [
  { value: "Europe/Copenhagen", key: "copenhagen" },
  { value: "Europe/Stockholm", key: "stockholm" },
  { value: "Europe/Oslo", key: "oslo" },
] as const;

/**
 * Creates or edits a seminar: details (places in the room and, apart, for remote attendance), agenda items (time, title, presenter) and material links.
 * The lists are kept here so items can be added and removed; each item's fields post under
 * "agenda.N.…" / "materials.N.…" and show their own errors. A new seminar's action goes to its page.
 */
export function SeminarForm({ collaborativeId, seminarId, initial }: { collaborativeId: string; seminarId?: string; initial: SeminarFormValues }) {
  const t = useTranslations(`${NS}.form`);
  const tZones = useTranslations(`${NS}.timeZones`);
  const [agenda, setAgenda] = useState(() => initial.agenda.map(keyed));
  const [materials, setMaterials] = useState(() => initial.materials.map(keyed));
  const text = (name: keyof SeminarFormValues, label: string, max: number, type = "text") => (
    <Field name={name} label={label} maxLength={max} initialLength={String(initial[name]).length}>
      {(control) => <input {...control} type={type} defaultValue={String(initial[name])} className="input" />}
    </Field>
  );
  return (
    <ActionForm action={seminarId ? updateSeminarAction : createSeminarAction} id="seminar" namespace={NS} success={seminarId ? t("saved") : t("created")} className="flex max-w-3xl flex-col gap-4">
      {seminarId ? <input type="hidden" name="seminarId" value={seminarId} /> : <input type="hidden" name="collaborativeId" value={collaborativeId} />}
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <Field name="number" label={t("number")}>
          {(control) => <input {...control} type="number" min={1} defaultValue={initial.number} className="input" />}
        </Field>
        {text("title", t("title"), 300)}
      </div>
      <Field name="timeZone" label={t("timeZone")} hint={t("timesHelp")}>
        {(control) => (
          <select {...control} defaultValue={initial.timeZone} className="input">
            {ZONES.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {tZones(zone.key)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startsAt" label={t("startsAt")}>
          {(control) => <input {...control} type="datetime-local" defaultValue={initial.startsAt} className="input" />}
        </Field>
        <Field name="endsAt" label={t("endsAt")}>
          {(control) => <input {...control} type="datetime-local" defaultValue={initial.endsAt} className="input" />}
        </Field>
      </div>
      {text("venue", t("venue"), 300)}
      {text("videoUrl", t("videoUrl"), 500, "url")}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="capacity" label={t("capacity")} hint={t("capacityHelp")}>
          {(control) => <input {...control} type="number" min={1} defaultValue={initial.capacity} className="input" />}
        </Field>
        <Field name="remoteCapacity" label={t("remoteCapacity")} hint={t("remoteCapacityHelp")}>
          {(control) => <input {...control} type="number" min={1} defaultValue={initial.remoteCapacity} className="input" />}
        </Field>
      </div>
      <Field name="registrationDeadline" label={t("registrationDeadline")} className="flex flex-col gap-1 sm:max-w-[50%]">
        {(control) => <input {...control} type="datetime-local" defaultValue={initial.registrationDeadline} className="input" />}
      </Field>
      <Field name="preWork" label={t("preWork")} maxLength={5000} initialLength={initial.preWork.length}>
        {(control) => <textarea {...control} rows={3} defaultValue={initial.preWork} className="input" />}
      </Field>
      <FieldSet name="agenda" legend={t("agendaHeading")} className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        {agenda.map((item, index) => {
          const n = index + 1;
          const set = (patch: Partial<typeof item>) => setAgenda(agenda.map((other, i) => (i === index ? { ...other, ...patch } : other)));
          return (
            <div key={item.key} className="grid items-end gap-2 sm:grid-cols-[7rem_1fr_1fr_auto]">
              <ListField name={`agenda.${index}.time`} label={t("agendaTime", { n })} type="time" value={item.time} onChange={(time) => set({ time })} />
              <ListField name={`agenda.${index}.title`} label={t("agendaTitle", { n })} value={item.title} max={300} onChange={(title) => set({ title })} />
              <ListField name={`agenda.${index}.presenter`} label={t("agendaPresenter", { n })} value={item.presenter} max={200} onChange={(presenter) => set({ presenter })} />
              <button type="button" className="btn-secondary" onClick={() => setAgenda(agenda.filter((_, i) => i !== index))}>
                {t("removeAgendaItem", { n })}
              </button>
            </div>
          );
        })}
        <div>
          <button type="button" className="btn-secondary" onClick={() => setAgenda([...agenda, keyed({ time: "", title: "", presenter: "" })])}>
            {t("addAgendaItem")}
          </button>
        </div>
      </FieldSet>
      <FieldSet name="materials" legend={t("materialsHeading")} className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        {materials.map((item, index) => {
          const n = index + 1;
          const set = (patch: Partial<typeof item>) => setMaterials(materials.map((other, i) => (i === index ? { ...other, ...patch } : other)));
          return (
            <div key={item.key} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]">
              <ListField name={`materials.${index}.title`} label={t("materialTitle", { n })} value={item.title} max={300} onChange={(title) => set({ title })} />
              <ListField name={`materials.${index}.url`} label={t("materialUrl", { n })} type="url" value={item.url} max={500} onChange={(url) => set({ url })} />
              <button type="button" className="btn-secondary" onClick={() => setMaterials(materials.filter((_, i) => i !== index))}>
                {t("removeMaterial", { n })}
              </button>
            </div>
          );
        })}
        <div>
          <button type="button" className="btn-secondary" onClick={() => setMaterials([...materials, keyed({ title: "", url: "" })])}>
            {t("addMaterial")}
          </button>
        </div>
      </FieldSet>
      <div>
        <SubmitButton>{seminarId ? t("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** One field of an agenda item or material: its value lives in the list, so removing an item keeps the others. */
function ListField({ name, label, value, onChange, type = "text", max }: { name: string; label: string; value: string; onChange: (value: string) => void; type?: string; max?: number }) {
  return (
    <Field name={name} label={label} maxLength={max} initialLength={value.length} className="flex flex-col gap-1 text-sm">
      {(control) => <input {...control} type={type} value={value} onChange={(event) => onChange(event.target.value)} className="input" />}
    </Field>
  );
}
