"use client";

import { useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { moveIdeaAction, postIdeaAction } from "@/lib/ideas/actions";
import { IDEA_STATUSES, IDEA_TRANSITIONS, type IdeaStatus } from "@/lib/ideas/rules";

type Card = { id: string; text: string; createdAt: string; cycleTitle: string | null };

/**
 * The huddle board: a one-line post form and four columns whose cards move by buttons (no dragging).
 * A new idea can start a PDSA cycle: the link opens the new-cycle form with the idea chosen.
 */
export function IdeaBoard({
  teamId,
  columns,
  cycles,
  canPost,
  canMove,
  canStartCycle,
}: {
  teamId: string;
  columns: Record<string, Card[]>;
  cycles: { id: string; title: string }[];
  canPost: boolean;
  canMove: boolean;
  canStartCycle: boolean;
}) {
  const t = useTranslations("ideaBoard");
  const tErrors = useTranslations("errors");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [postErrors, setPostErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function post(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await postIdeaAction({ teamId, text: new FormData(form).get("text") });
    setPending(false);
    if (!result.ok) {
      setPostErrors(result.fieldErrors ?? {});
      setStatus({ ok: false, text: failureMessage(result, tErrors, t) });
      input.current?.focus();
      return;
    }
    setPostErrors({});
    setStatus({ ok: true, text: t("posted") });
    form.reset();
    input.current?.focus();
    router.refresh();
  }

  async function move(event: FormEvent<HTMLFormElement>, ideaId: string) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const to = submitter?.value as IdeaStatus | undefined;
    if (!to) return;
    const cycleId = new FormData(event.currentTarget).get("cycleId");
    setPending(true);
    const result = await moveIdeaAction({ ideaId, status: to, cycleId: to === "TESTING" ? cycleId : null });
    setPending(false);
    setStatus(result.ok ? { ok: true, text: t("moved", { column: t(`columns.${to}`) }) } : { ok: false, text: failureMessage(result, tErrors, t) });
    if (result.ok) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {canPost && (
        <form onSubmit={post} noValidate className="card flex flex-wrap items-end gap-3">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="idea-text" className="font-medium">
              {t("postLabel")}
            </label>
            <input
              ref={input}
              id="idea-text"
              name="text"
              maxLength={200}
              autoComplete="off"
              className="input min-h-11 w-full"
              aria-invalid={postErrors.text ? true : undefined}
              aria-describedby={postErrors.text ? "idea-text-error" : undefined}
            />
            {postErrors.text && (
              <p id="idea-text-error" className="text-sm text-red-800">
                {postErrors.text.map((key) => fieldMessage(key, tErrors, t)).join(" ")}
              </p>
            )}
          </div>
          <button type="submit" className="btn-primary min-h-11" disabled={pending}>
            {t("post")}
          </button>
        </form>
      )}
      <div aria-live="polite" role="status">
        {status && <p className={status.ok ? "rounded bg-brand-50 p-2" : "rounded border border-red-300 bg-red-50 p-2 text-red-800"}>{status.text}</p>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {IDEA_STATUSES.map((column) => {
          const cards = columns[column] ?? [];
          return (
            <section key={column} aria-labelledby={`column-${column}`} className="rounded-lg border border-slate-200 bg-slate-100 p-3" data-column={column}>
              <h2 id={`column-${column}`} className="flex items-baseline justify-between text-lg font-semibold">
                <span>{t(`columns.${column}`)}</span>
                <span className="text-sm font-normal text-slate-700">{t("count", { count: cards.length })}</span>
              </h2>
              {cards.length === 0 ? (
                <p className="mt-2 text-slate-700">{t("emptyColumn")}</p>
              ) : (
                <ul className="mt-2 flex flex-col gap-3">
                  {cards.map((card) => (
                    <li key={card.id} className="rounded-md border border-slate-300 bg-white p-3 shadow-sm" data-idea-id={card.id}>
                      <p className="font-medium break-words">{card.text}</p>
                      <p className="mt-1 text-sm text-slate-700">{t("postedOn", { date: formatDate(locale, new Date(card.createdAt), "UTC") })}</p>
                      {card.cycleTitle && <p className="text-sm text-slate-700">{t("linkedCycle", { title: card.cycleTitle })}</p>}
                      {canStartCycle && column === "NEW" && (
                        <p className="mt-1">
                          <Link
                            href={`/teams/${teamId}/cycles/new?ideaId=${encodeURIComponent(card.id)}`}
                            aria-label={t("startCycleFor", { idea: card.text })}
                            className="inline-flex min-h-11 items-center text-brand-700 underline"
                          >
                            {t("startCycle")}
                          </Link>
                        </p>
                      )}
                      {canMove && IDEA_TRANSITIONS[column].length > 0 && (
                        <form onSubmit={(event) => move(event, card.id)} className="mt-2 flex flex-col gap-2">
                          {IDEA_TRANSITIONS[column].includes("TESTING") && cycles.length > 0 && (
                            <div className="flex flex-col gap-1">
                              <label htmlFor={`cycle-${card.id}`} className="text-sm font-medium">
                                {t("cycleLabel")}
                              </label>
                              <select id={`cycle-${card.id}`} name="cycleId" className="input min-h-11" defaultValue="">
                                <option value="">{t("noCycle")}</option>
                                {cycles.map((cycle) => (
                                  <option key={cycle.id} value={cycle.id}>
                                    {cycle.title}
                                  </option>
                                ))}
                              </select>
                            </div>
                          )}
                          <div className="flex flex-wrap gap-2">
                            {IDEA_TRANSITIONS[column].map((to) => (
                              <button key={to} type="submit" name="to" value={to} className="btn-secondary min-h-11 min-w-11" disabled={pending}>
                                {t(`moveTo.${to}`)}
                                <span className="sr-only">: {card.text}</span>
                              </button>
                            ))}
                          </div>
                        </form>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
