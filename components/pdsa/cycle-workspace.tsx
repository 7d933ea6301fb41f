"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import {
  abandonCycleAction,
  advanceCycleAction,
  commentCycleAction,
  saveActAction,
  saveDoAction,
  savePlanAction,
  saveStudyAction,
  startNextCycleAction,
} from "@/lib/pdsa/actions";
import { decodeMissing, DECISIONS, isOpenState, NEXT_STATE, type MissingItem } from "@/lib/pdsa/rules";

export type WorkspaceCycle = {
  id: string;
  teamId: string;
  version: number;
  state: string;
  title: string;
  scale: string;
  objective: string;
  who: string;
  what: string;
  where: string;
  whenText: string;
  dataCollectionPlan: string;
  plannedStart: string | null;
  observations: string;
  surprises: string;
  learningSummary: string;
  decision: string | null;
  decisionNote: string;
  abandonReason: string;
  hasNext: boolean;
  predictions: { id: string; question: string; prediction: string; outcome: string; held: boolean | null }[];
  measureIds: string[];
  comments: { id: string; text: string; authorName: string | null; createdAt: string }[];
};

const LEVEL: Record<string, number> = { PLAN: 0, DO: 1, STUDY: 2, ACT: 3, DONE: 4, ABANDONED: 4 };

type Status = { ok: boolean; text: string; missing?: MissingItem[] } | null;

let questionKey = 0;
const nextKey = () => `q${++questionKey}`;

/** The cycle's steps: the current one editable, earlier ones shown; go forward, abandon, comment. */
export function CycleWorkspace({
  cycle,
  measures,
  canWrite,
  canComment,
  commentDates,
}: {
  cycle: WorkspaceCycle;
  measures: { id: string; name: string }[];
  canWrite: boolean;
  canComment: boolean;
  commentDates: Record<string, string>;
}) {
  const t = useTranslations("pdsa");
  const tErrors = useTranslations("errors");
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const [version, setVersion] = useState(cycle.version);
  const [seenVersion, setSeenVersion] = useState(cycle.version);
  const [status, setStatus] = useState<Status>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [questions, setQuestions] = useState(() => cycle.predictions.map((p) => ({ key: nextKey(), question: p.question, prediction: p.prediction })));
  // A refresh after another save brings a newer version from the server.
  if (cycle.version !== seenVersion) {
    setSeenVersion(cycle.version);
    setVersion(cycle.version);
  }

  const level = LEVEL[cycle.state] ?? 0;
  const open = isOpenState(cycle.state);
  const editable = (step: string) => canWrite && cycle.state === step;

  const failed = (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    setErrors(result.fieldErrors ?? {});
    const missing = result.rule === "stepIncomplete" ? decodeMissing(result.values?.missing) : undefined;
    setStatus({ ok: false, text: missing ? t("missingIntro") : failureMessage(result, tErrors, t), missing });
  };

  function stepInput(form: HTMLFormElement, step: string) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    if (step === "PLAN") {
      return savePlanAction({
        cycleId: cycle.id,
        version,
        title: text("title"),
        scale: text("scale"),
        objective: text("objective"),
        who: text("who"),
        what: text("what"),
        where: text("where"),
        whenText: text("whenText"),
        dataCollectionPlan: text("dataCollectionPlan"),
        plannedStart: text("plannedStart"),
        questions: questions.map((q, index) => ({ question: text(`question-${index}`), prediction: text(`prediction-${index}`) })),
        measureIds: data.getAll("measureIds").map(String),
      });
    }
    if (step === "DO") return saveDoAction({ cycleId: cycle.id, version, observations: text("observations"), surprises: text("surprises") });
    if (step === "STUDY") {
      return saveStudyAction({
        cycleId: cycle.id,
        version,
        learningSummary: text("learningSummary"),
        results: cycle.predictions.map((p) => ({
          predictionId: p.id,
          outcome: text(`outcome-${p.id}`),
          held: text(`held-${p.id}`) === "yes" ? true : text(`held-${p.id}`) === "no" ? false : null,
        })),
      });
    }
    return saveActAction({ cycleId: cycle.id, version, decision: text("decision"), decisionNote: text("decisionNote") });
  }

  async function saveStep(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const advance = submitter?.value === "advance";
    setPending(true);
    const saved = await stepInput(event.currentTarget, cycle.state);
    if (!saved.ok) {
      setPending(false);
      failed(saved);
      return;
    }
    setErrors({});
    setVersion(saved.data.version);
    if (!advance || !isOpenState(cycle.state)) {
      setPending(false);
      setStatus({ ok: true, text: t("saved") });
      router.refresh();
      return;
    }
    const to = NEXT_STATE[cycle.state];
    const moved = await advanceCycleAction({ cycleId: cycle.id, version: saved.data.version, to });
    setPending(false);
    if (!moved.ok) {
      failed(moved);
      router.refresh();
      return;
    }
    setVersion(moved.data.version);
    setStatus({ ok: true, text: t("movedTo", { state: tEnums(`cycleState.${to}`) }) });
    router.refresh();
  }

  async function abandon(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await abandonCycleAction({ cycleId: cycle.id, version, reason: new FormData(event.currentTarget).get("reason") });
    setPending(false);
    if (!result.ok) return failed(result);
    setErrors({});
    setVersion(result.data.version);
    setStatus({ ok: true, text: t("abandoned") });
    router.refresh();
  }

  async function comment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await commentCycleAction({ cycleId: cycle.id, text: new FormData(form).get("text") });
    setPending(false);
    if (!result.ok) return failed(result);
    setErrors({});
    setStatus({ ok: true, text: t("commented") });
    form.reset();
    router.refresh();
  }

  async function startNext() {
    setPending(true);
    const result = await startNextCycleAction({ cycleId: cycle.id });
    setPending(false);
    if (!result.ok) return failed(result);
    router.push(`/teams/${cycle.teamId}/cycles/${result.data.cycleId}`);
  }

  const errorFor = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="text-sm text-red-800">
        {errors[field].map((key) => fieldMessage(key, tErrors, t)).join(" ")}
      </p>
    ) : null;
  const describe = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});

  const textField = (name: string, label: string, value: string, multiline = false, max = 2000) => (
    <div className="flex flex-col gap-1" key={name}>
      <label htmlFor={`field-${name}`} className="font-medium">{label}</label>
      {multiline ? (
        <textarea id={`field-${name}`} name={name} defaultValue={value} maxLength={max} rows={3} className="input" {...describe(name)} />
      ) : (
        <input id={`field-${name}`} name={name} defaultValue={value} maxLength={max} className="input min-h-11" {...describe(name)} />
      )}
      {errorFor(name)}
    </div>
  );
  const shown = (label: string, value: string) => (
    <div key={label}>
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-line text-slate-800">{value || t("empty")}</dd>
    </div>
  );

  const stepButtons = (step: string) =>
    isOpenState(step) && (
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" className="btn-secondary min-h-11" disabled={pending}>{t("save")}</button>
        <button type="submit" name="intent" value="advance" className="btn-primary min-h-11" disabled={pending}>
          {t("goTo", { state: tEnums(`cycleState.${NEXT_STATE[step]}`) })}
        </button>
      </div>
    );

  const section = (step: string, heading: string, body: ReactNode) => (
    <section aria-labelledby={`step-${step}`} className="card flex flex-col gap-3" data-step={step}>
      <h2 id={`step-${step}`} className="text-lg font-semibold">{heading}</h2>
      {body}
    </section>
  );

  const heldText = (held: boolean | null) => (held === true ? t("heldYes") : held === false ? t("heldNo") : t("heldUnknown"));

  return (
    <div className="flex flex-col gap-4">
      <div aria-live="polite" role="status">
        {status && (
          <div className={status.ok ? "rounded bg-brand-50 p-2" : "rounded border border-red-300 bg-red-50 p-2 text-red-800"}>
            <p>{status.text}</p>
            {status.missing && status.missing.length > 0 && (
              <ul className="ml-5 list-disc">
                {status.missing.map((item) => (
                  <li key={`${item.code}-${"question" in item ? item.question : ""}`}>{t(`missing.${item.code}`, "question" in item ? { question: item.question } : {})}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {section(
        "PLAN",
        t("planHeading"),
        editable("PLAN") ? (
          <form onSubmit={saveStep} noValidate className="flex flex-col gap-3">
            {textField("title", t("titleLabel"), cycle.title, false, 200)}
            {textField("scale", t("scale"), cycle.scale, false, 200)}
            {textField("objective", t("objective"), cycle.objective, true)}
            <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
              <legend className="px-1 font-medium">{t("questions")}</legend>
              {questions.length === 0 && <p>{t("noQuestions")}</p>}
              {questions.map((q, index) => (
                <div key={q.key} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
                  <label htmlFor={`question-${index}`} className="font-medium">{t("question", { number: index + 1 })}</label>
                  <input id={`question-${index}`} name={`question-${index}`} defaultValue={q.question} maxLength={500} className="input min-h-11" {...describe(`questions.${index}.question`)} />
                  {errorFor(`questions.${index}.question`)}
                  <label htmlFor={`prediction-${index}`} className="font-medium">{t("prediction", { number: index + 1 })}</label>
                  <textarea id={`prediction-${index}`} name={`prediction-${index}`} defaultValue={q.prediction} maxLength={1000} rows={2} className="input" {...describe(`questions.${index}.prediction`)} />
                  {errorFor(`questions.${index}.prediction`)}
                  <div>
                    <button
                      type="button"
                      className="btn-secondary min-h-11"
                      onClick={(event) => {
                        const form = event.currentTarget.form!;
                        const current = questions.map((item, i) => ({ ...item, question: String(new FormData(form).get(`question-${i}`) ?? ""), prediction: String(new FormData(form).get(`prediction-${i}`) ?? "") }));
                        setQuestions(current.filter((_, i) => i !== index).map((item) => ({ ...item, key: nextKey() })));
                      }}
                    >
                      {t("removeQuestion", { number: index + 1 })}
                    </button>
                  </div>
                </div>
              ))}
              <div>
                <button
                  type="button"
                  className="btn-secondary min-h-11"
                  onClick={(event) => {
                    const form = event.currentTarget.form!;
                    const current = questions.map((item, i) => ({ ...item, question: String(new FormData(form).get(`question-${i}`) ?? ""), prediction: String(new FormData(form).get(`prediction-${i}`) ?? "") }));
                    setQuestions([...current.map((item) => ({ ...item, key: nextKey() })), { key: nextKey(), question: "", prediction: "" }]);
                  }}
                >
                  {t("addQuestion")}
                </button>
              </div>
            </fieldset>
            {textField("who", t("who"), cycle.who, false, 500)}
            {textField("what", t("what"), cycle.what, true, 1000)}
            {textField("where", t("where"), cycle.where, false, 500)}
            {textField("whenText", t("whenText"), cycle.whenText, false, 500)}
            <div className="flex flex-col gap-1">
              <label htmlFor="field-plannedStart" className="font-medium">{t("plannedStart")}</label>
              <input id="field-plannedStart" type="date" name="plannedStart" defaultValue={cycle.plannedStart ?? ""} className="input min-h-11 w-fit" {...describe("plannedStart")} />
              {errorFor("plannedStart")}
            </div>
            {textField("dataCollectionPlan", t("dataCollectionPlan"), cycle.dataCollectionPlan, true)}
            <fieldset className="flex flex-col gap-1 rounded border border-slate-300 p-3">
              <legend className="px-1 font-medium">{t("measures")}</legend>
              {measures.length === 0 && <p>{t("noMeasures")}</p>}
              {measures.map((measure) => (
                <div key={measure.id} className="flex items-center gap-2">
                  <input type="checkbox" id={`measure-${measure.id}`} name="measureIds" value={measure.id} defaultChecked={cycle.measureIds.includes(measure.id)} className="h-5 w-5" />
                  <label htmlFor={`measure-${measure.id}`}>{measure.name}</label>
                </div>
              ))}
            </fieldset>
            {stepButtons("PLAN")}
          </form>
        ) : (
          <dl className="flex flex-col gap-2">
            {shown(t("scale"), cycle.scale)}
            {shown(t("objective"), cycle.objective)}
            <div>
              <dt className="font-medium">{t("questions")}</dt>
              <dd>
                {cycle.predictions.length === 0 ? (
                  t("noQuestions")
                ) : (
                  <ol className="ml-5 list-decimal">
                    {cycle.predictions.map((p, index) => (
                      <li key={p.id}>
                        <p>{p.question}</p>
                        <p className="text-slate-700">{t("prediction", { number: index + 1 })}: {p.prediction || t("empty")}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
            </div>
            {shown(t("who"), cycle.who)}
            {shown(t("what"), cycle.what)}
            {shown(t("where"), cycle.where)}
            {shown(t("whenText"), cycle.whenText)}
            {shown(t("dataCollectionPlan"), cycle.dataCollectionPlan)}
            {shown(t("measures"), measures.filter((m) => cycle.measureIds.includes(m.id)).map((m) => m.name).join(", "))}
          </dl>
        ),
      )}

      {level >= 1 &&
        (cycle.state !== "ABANDONED" || cycle.observations) &&
        section(
          "DO",
          t("doHeading"),
          editable("DO") ? (
            <form onSubmit={saveStep} noValidate className="flex flex-col gap-3">
              {textField("observations", t("observations"), cycle.observations, true, 5000)}
              {textField("surprises", t("surprises"), cycle.surprises, true, 5000)}
              {stepButtons("DO")}
            </form>
          ) : (
            <dl className="flex flex-col gap-2">
              {shown(t("observations"), cycle.observations)}
              {shown(t("surprises"), cycle.surprises)}
            </dl>
          ),
        )}

      {level >= 2 &&
        (cycle.state !== "ABANDONED" || cycle.learningSummary) &&
        section(
          "STUDY",
          t("studyHeading"),
          editable("STUDY") ? (
            <form onSubmit={saveStep} noValidate className="flex flex-col gap-3">
              {cycle.predictions.map((p, index) => (
                <div key={p.id} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
                  <p className="font-medium">{t("question", { number: index + 1 })}: {p.question}</p>
                  <p className="text-slate-700">{t("prediction", { number: index + 1 })}: {p.prediction}</p>
                  <label htmlFor={`outcome-${p.id}`} className="font-medium">{t("outcome", { number: index + 1 })}</label>
                  <textarea id={`outcome-${p.id}`} name={`outcome-${p.id}`} defaultValue={p.outcome} maxLength={2000} rows={2} className="input" />
                  <fieldset className="flex flex-wrap gap-4">
                    <legend className="font-medium">{t("held", { number: index + 1 })}</legend>
                    {(["yes", "no", ""] as const).map((value) => (
                      <div key={value || "unknown"} className="flex items-center gap-2">
                        <input
                          type="radio"
                          id={`held-${p.id}-${value || "unknown"}`}
                          name={`held-${p.id}`}
                          value={value}
                          defaultChecked={(p.held === true && value === "yes") || (p.held === false && value === "no") || (p.held === null && value === "")}
                          className="h-5 w-5"
                        />
                        <label htmlFor={`held-${p.id}-${value || "unknown"}`}>{value === "yes" ? t("heldYes") : value === "no" ? t("heldNo") : t("heldUnknown")}</label>
                      </div>
                    ))}
                  </fieldset>
                </div>
              ))}
              {textField("learningSummary", t("learningSummary"), cycle.learningSummary, true, 5000)}
              {stepButtons("STUDY")}
            </form>
          ) : (
            <dl className="flex flex-col gap-2">
              {cycle.predictions.map((p, index) => (
                <div key={p.id}>
                  <dt className="font-medium">{t("question", { number: index + 1 })}: {p.question}</dt>
                  <dd>{t("outcome", { number: index + 1 })}: {p.outcome || t("empty")}</dd>
                  <dd>{t("held", { number: index + 1 })}: {heldText(p.held)}</dd>
                </div>
              ))}
              {shown(t("learningSummary"), cycle.learningSummary)}
            </dl>
          ),
        )}

      {level >= 3 &&
        (cycle.state !== "ABANDONED" || cycle.decision) &&
        section(
          "ACT",
          t("actHeading"),
          editable("ACT") ? (
            <form onSubmit={saveStep} noValidate className="flex flex-col gap-3">
              <div className="flex flex-col gap-1">
                <label htmlFor="field-decision" className="font-medium">{t("decision")}</label>
                <select id="field-decision" name="decision" defaultValue={cycle.decision ?? ""} className="input min-h-11 w-fit" {...describe("decision")}>
                  <option value="">{t("noDecision")}</option>
                  {DECISIONS.map((decision) => (
                    <option key={decision} value={decision}>{tEnums(`decision.${decision}`)}</option>
                  ))}
                </select>
                {errorFor("decision")}
              </div>
              {textField("decisionNote", t("decisionNote"), cycle.decisionNote, true)}
              {stepButtons("ACT")}
            </form>
          ) : (
            <dl className="flex flex-col gap-2">
              {shown(t("decision"), cycle.decision ? tEnums(`decision.${cycle.decision}`) : "")}
              {shown(t("decisionNote"), cycle.decisionNote)}
            </dl>
          ),
        )}

      {cycle.state === "DONE" && <p className="rounded bg-slate-100 p-2">{t("doneReadOnly")}</p>}
      {cycle.state === "ABANDONED" && (
        <div className="rounded bg-slate-100 p-2">
          <p className="font-medium">{t("abandonedBecause", { reason: cycle.abandonReason })}</p>
          <p>{t("abandonedReadOnly")}</p>
        </div>
      )}

      {cycle.state === "DONE" && cycle.decision === "ADAPT" && !cycle.hasNext && canWrite && (
        <div className="card flex flex-col gap-2">
          <p>{t("nextCycleIntro")}</p>
          <div>
            <button type="button" className="btn-primary min-h-11" onClick={startNext} disabled={pending}>{t("startNextCycle")}</button>
          </div>
        </div>
      )}

      {open && canWrite && (
        <section aria-labelledby="abandon-heading" className="card">
          <h2 id="abandon-heading" className="text-lg font-semibold">{t("abandonHeading")}</h2>
          <form onSubmit={abandon} noValidate className="mt-2 flex flex-col gap-2">
            <label htmlFor="field-reason" className="font-medium">{t("abandonReason")}</label>
            <textarea id="field-reason" name="reason" rows={2} maxLength={1000} className="input" {...describe("reason")} />
            {errorFor("reason")}
            <div>
              <button type="submit" className="btn-secondary min-h-11" disabled={pending}>{t("abandonButton")}</button>
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby="comments-heading" className="card">
        <h2 id="comments-heading" className="text-lg font-semibold">{t("comments")}</h2>
        {cycle.comments.length === 0 ? (
          <p className="mt-1">{t("noComments")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {cycle.comments.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 p-2">
                <p className="whitespace-pre-line">{c.text}</p>
                <p className="text-sm text-slate-700">{c.authorName ?? t("unknownAuthor")} · {commentDates[c.id]}</p>
              </li>
            ))}
          </ul>
        )}
        {canComment && (
          <form onSubmit={comment} noValidate className="mt-3 flex flex-col gap-2">
            <label htmlFor="field-text" className="font-medium">{t("commentLabel")}</label>
            <textarea id="field-text" name="text" rows={2} maxLength={2000} className="input" {...describe("text")} />
            {errorFor("text")}
            <div>
              <button type="submit" className="btn-secondary min-h-11" disabled={pending}>{t("addComment")}</button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}
