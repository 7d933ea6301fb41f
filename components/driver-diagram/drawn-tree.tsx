import { getTranslations } from "next-intl/server";
import type { OutlineNode } from "@/lib/driver-diagrams/rules";

const BOX_BY_LEVEL = [
  "border-brand-700 bg-brand-700 text-white",
  "border-brand-600 bg-brand-50",
  "border-slate-400 bg-white",
  "border-amber-600 bg-amber-50",
];

/**
 * The driver diagram drawn left to right: aim → primary → secondary → change ideas, boxes joined
 * by connector lines. It is built of nested lists with each box's level spelled out for screen
 * readers, so the drawing is its own text alternative with the same content.
 */
export async function DrawnTree({ aim, outline }: { aim: string; outline: OutlineNode[] }) {
  const t = await getTranslations("driverDiagram");
  const levelName = [t("aim"), t("level1"), t("level2"), t("level3")];

  const box = (level: number, text: string) => (
    <div className={`w-56 shrink-0 rounded border-2 p-2 text-sm ${BOX_BY_LEVEL[level]}`}>
      <span className="sr-only">{levelName[level]}: </span>
      {text}
    </div>
  );

  const branch = (nodes: OutlineNode[], level: number) =>
    nodes.length === 0 ? null : (
      <ul className="relative flex flex-col gap-2 border-l-2 border-slate-400 pl-4 before:absolute before:top-1/2 before:-left-[18px] before:w-4 before:border-t-2 before:border-slate-400 before:content-['']">
        {nodes.map((node) => (
          <li key={node.id} className="relative flex items-center gap-4 before:absolute before:top-1/2 before:-left-4 before:w-4 before:border-t-2 before:border-slate-400 before:content-['']">
            {box(level, node.text)}
            {branch(node.children, level + 1)}
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="drawn-heading" className="card">
      <h2 id="drawn-heading" className="text-lg font-semibold">
        {t("drawnTitle")}
      </h2>
      <div className="mt-2 hidden gap-4 text-sm font-semibold text-slate-700 md:flex" aria-hidden="true">
        <span className="w-56">{t("aim")}</span>
        <span className="w-56 pl-4">{t("columnPrimary")}</span>
        <span className="w-56 pl-8">{t("columnSecondary")}</span>
        <span className="w-56 pl-12">{t("columnIdeas")}</span>
      </div>
      <div role="region" aria-label={t("drawnLabel")} tabIndex={0} className="mt-2 overflow-x-auto pb-2">
        <ul className="flex min-w-max items-center gap-4">
          <li className="flex items-center gap-4">
            {box(0, aim || t("noAim"))}
            {branch(outline, 1)}
          </li>
        </ul>
      </div>
    </section>
  );
}

/** The outline as plain nested lists, for those who may read but not edit. */
export async function ReadOnlyOutline({ outline }: { outline: OutlineNode[] }) {
  const t = await getTranslations("driverDiagram");
  if (outline.length === 0) return <p>{t("empty")}</p>;
  const list = (nodes: OutlineNode[], level: number) => (
    <ul className={level === 1 ? "flex flex-col gap-2" : "ml-6 mt-1 flex list-disc flex-col gap-1"}>
      {nodes.map((node) => (
        <li key={node.id}>
          <span className="text-sm text-slate-700">{t(`level${level}` as "level1")}: </span>
          <span className={level === 1 ? "font-semibold" : undefined}>{node.text}</span>
          {node.children.length > 0 && list(node.children, level + 1)}
        </li>
      ))}
    </ul>
  );
  return list(outline, 1);
}
