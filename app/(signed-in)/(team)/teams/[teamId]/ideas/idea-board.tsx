"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm, ActionStatus, HandleForm, useActionForm, type ActionFormHandle } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { moveIdeaAction, postIdeaAction } from "@/lib/ideas/actions";
import { IDEA_STATUSES, IDEA_TRANSITIONS, type IdeaStatus } from "@/lib/ideas/rules";

type Card = { id: string; text: string; createdAt: string; cycleTitle: string | null };

const NS = "ideaBoard";

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
  const t = useTranslations(NS);
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  // A moved card lands in another column (a new form), so every card's move form shares one state
  // and its outcome is shown once, under the post form.
  const move = useActionForm(moveIdeaAction, { id: "move-idea", namespace: NS });

  return (
    <div className="flex flex-col gap-4">
      {canPost && (
        <ActionForm
          action={postIdeaAction}
          id="idea"
          namespace={NS}
          success={t("posted")}
          resetOnSuccess
          onSuccess={() => document.getElementById("idea-text")?.focus()}
          className="card flex flex-col gap-2"
        >
          <input type="hidden" name="teamId" value={teamId} />
          <div className="flex flex-wrap items-end gap-3">
            <Field id="idea-text" name="text" label={t("postLabel")} maxLength={200} className="flex min-w-0 flex-1 flex-col gap-1">
              {(control) => <input {...control} autoComplete="off" className="input min-h-11 w-full" />}
            </Field>
            <SubmitButton className="btn-primary min-h-11">{t("post")}</SubmitButton>
          </div>
        </ActionForm>
      )}
      {canMove && <ActionStatus handle={move} success={(data) => t("moved", { column: t(`columns.${data.status}`) })} />}
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
                      {canMove && IDEA_TRANSITIONS[column].length > 0 && <MoveButtons card={card} from={column} cycles={cycles} handle={move} />}
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

/**
 * A card's moves. A PDSA cycle may only be linked on the way into TESTING, so the cycle choice
 * sits in a form of its own with the Test button; the other moves never send it.
 */
function MoveButtons({ card, from, cycles, handle }: { card: Card; from: IdeaStatus; cycles: { id: string; title: string }[]; handle: ActionFormHandle<unknown> }) {
  const t = useTranslations(NS);
  const withCycle = IDEA_TRANSITIONS[from].includes("TESTING") && cycles.length > 0;
  const button = (to: IdeaStatus) => (
    <SubmitButton key={to} name="status" value={to} className="btn-secondary min-h-11 min-w-11">
      {t(`moveTo.${to}`)}
      <span className="sr-only">: {card.text}</span>
    </SubmitButton>
  );
  const others = IDEA_TRANSITIONS[from].filter((to) => !withCycle || to !== "TESTING");
  return (
    <div className="mt-2 flex flex-col gap-2">
      {withCycle && (
        <HandleForm handle={handle} id={`test-idea-${card.id}`} className="flex flex-col gap-2">
          <input type="hidden" name="ideaId" value={card.id} />
          <Field id={`cycle-${card.id}`} name="cycleId" label={t("cycleLabel")}>
            {(control) => (
              <select {...control} className="input min-h-11" defaultValue="">
                <option value="">{t("noCycle")}</option>
                {cycles.map((cycle) => (
                  <option key={cycle.id} value={cycle.id}>
                    {cycle.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="flex flex-wrap gap-2">{button("TESTING")}</div>
        </HandleForm>
      )}
      {others.length > 0 && (
        <HandleForm handle={handle} id={`move-idea-${card.id}`} className="flex flex-wrap gap-2">
          <input type="hidden" name="ideaId" value={card.id} />
          {others.map(button)}
        </HandleForm>
      )}
    </div>
  );
}
