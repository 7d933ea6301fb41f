import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getCycleBoard } from "@/lib/pdsa/data";
import { CYCLE_STATES } from "@/lib/pdsa/rules";

export async function generateMetadata() {
  const t = await getTranslations("pdsa");
  return { title: t("title") };
}

type Search = { view?: string; changeIdeaId?: string; state?: string; ownerId?: string; from?: string; to?: string };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function CyclesPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const raw = await searchParams;
  const search: Search = { view: one(raw.view), changeIdeaId: one(raw.changeIdeaId), state: one(raw.state), ownerId: one(raw.ownerId), from: one(raw.from), to: one(raw.to) };
  const board = await getCycleBoard(prisma, user, teamId, search);
  if (!board) notFound();
  const t = await getTranslations("pdsa");
  const tEnums = await getTranslations("enums");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const view = search.view === "list" ? "list" : "board";
  const query = (next: Partial<Search>) => {
    const merged = { ...search, ...next };
    const params = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const text = params.toString();
    return `/teams/${teamId}/cycles${text ? `?${text}` : ""}`;
  };
  const date = (value: Date) => formatDate(locale, value, "UTC");

  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="cycles" />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">{board.team.name}</p>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1">{board.canWrite ? t("intro") : t("readOnly")}</p>
        </div>
        {board.canWrite && (
          <Link href={`/teams/${teamId}/cycles/new`} className="btn-primary inline-flex min-h-11 items-center">
            {t("newCycle")}
          </Link>
        )}
      </div>

      <nav aria-label={t("viewLabel")}>
        <ul className="flex gap-2">
          {(["board", "list"] as const).map((option) => (
            <li key={option}>
              <Link
                href={query({ view: option === "list" ? "list" : undefined })}
                aria-current={view === option ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded border px-3 font-medium ${view === option ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-900"}`}
              >
                {t(option === "board" ? "viewBoard" : "viewList")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action={`/teams/${teamId}/cycles`} className="card flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        {view === "list" && <input type="hidden" name="view" value="list" />}
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-change-idea" className="text-sm font-medium">{t("filterChangeIdea")}</label>
          <select id="filter-change-idea" name="changeIdeaId" defaultValue={search.changeIdeaId ?? ""} className="input min-h-11">
            <option value="">{t("any")}</option>
            {board.changeIdeas.map((idea) => (
              <option key={idea.id} value={idea.id}>{idea.title}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-state" className="text-sm font-medium">{t("filterState")}</label>
          <select id="filter-state" name="state" defaultValue={search.state ?? ""} className="input min-h-11">
            <option value="">{t("any")}</option>
            {CYCLE_STATES.map((state) => (
              <option key={state} value={state}>{tEnums(`cycleState.${state}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-person" className="text-sm font-medium">{t("filterPerson")}</label>
          <select id="filter-person" name="ownerId" defaultValue={search.ownerId ?? ""} className="input min-h-11">
            <option value="">{t("any")}</option>
            {board.people.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-from" className="text-sm font-medium">{t("filterFrom")}</label>
          <input id="filter-from" type="date" name="from" defaultValue={search.from ?? ""} className="input min-h-11" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-to" className="text-sm font-medium">{t("filterTo")}</label>
          <input id="filter-to" type="date" name="to" defaultValue={search.to ?? ""} className="input min-h-11" />
        </div>
        <button type="submit" className="btn-secondary min-h-11">{t("applyFilters")}</button>
        <Link href={`/teams/${teamId}/cycles${view === "list" ? "?view=list" : ""}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("clearFilters")}
        </Link>
      </form>

      {view === "board" ? (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {CYCLE_STATES.map((state) => {
            const cycles = board.columns[state];
            return (
              <section key={state} aria-labelledby={`state-${state}`} className="rounded-lg border border-slate-200 bg-slate-100 p-3" data-state={state}>
                <h2 id={`state-${state}`} className="flex items-baseline justify-between text-lg font-semibold">
                  <span>{tEnums(`cycleState.${state}`)}</span>
                  <span className="text-sm font-normal text-slate-700">{t("count", { count: cycles.length })}</span>
                </h2>
                {cycles.length === 0 ? (
                  <p className="mt-2 text-slate-700">{t("emptyColumn")}</p>
                ) : (
                  <ul className="mt-2 flex flex-col gap-3">
                    {cycles.map((cycle) => (
                      <li key={cycle.id} className="rounded-md border border-slate-300 bg-white p-3 shadow-sm">
                        <Link href={`/teams/${teamId}/cycles/${cycle.id}`} className="font-medium text-brand-700 underline break-words">
                          {cycle.title}
                        </Link>
                        <p className="mt-1 text-sm text-slate-700">
                          {[cycle.scale, cycle.changeIdea?.title, cycle.owner?.name, cycle.decision ? tEnums(`decision.${cycle.decision}`) : null].filter(Boolean).join(" · ")}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      ) : board.cycles.length === 0 ? (
        <p>{t("noCycles")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("colTitle")}</th>
                <th scope="col">{t("colState")}</th>
                <th scope="col">{t("colChangeIdea")}</th>
                <th scope="col">{t("colScale")}</th>
                <th scope="col">{t("colOwner")}</th>
                <th scope="col">{t("colDecision")}</th>
                <th scope="col">{t("colCreated")}</th>
              </tr>
            </thead>
            <tbody>
              {board.cycles.map((cycle) => (
                <tr key={cycle.id}>
                  <th scope="row" className="font-medium">
                    <Link href={`/teams/${teamId}/cycles/${cycle.id}`} className="text-brand-700 underline">{cycle.title}</Link>
                  </th>
                  <td>{tEnums(`cycleState.${cycle.state}`)}</td>
                  <td>
                    {cycle.changeIdea ? (
                      <Link href={`/teams/${teamId}/ramps/${cycle.changeIdea.id}`} className="text-brand-700 underline">{cycle.changeIdea.title}</Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{cycle.scale || "—"}</td>
                  <td>{cycle.owner?.name ?? "—"}</td>
                  <td>{cycle.decision ? tEnums(`decision.${cycle.decision}`) : "—"}</td>
                  <td>{date(cycle.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
