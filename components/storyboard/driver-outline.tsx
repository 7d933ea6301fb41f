import { getTranslations } from "next-intl/server";
import type { OutlineNode } from "@/lib/driver-diagrams/rules";

const LEVEL_STYLE = ["font-semibold", "", "text-slate-800"];

/**
 * The driver diagram as nested lists, aim → primary → secondary drivers → change ideas, each item
 * naming its level. Unlike the drawn tree it fits an A4 page's width.
 */
export async function DriverOutline({ aim, outline }: { aim: string; outline: OutlineNode[] }) {
  const t = await getTranslations("driverDiagram");
  const tStoryboard = await getTranslations("storyboard");
  const levelName = (level: number) => t(`level${Math.min(level, 3)}` as "level1");

  const list = (nodes: OutlineNode[], level: number) => (
    <ul className="mt-1 ml-3 flex flex-col gap-1 border-l-2 border-slate-300 pl-4">
      {nodes.map((node) => (
        <li key={node.id} className="break-inside-avoid">
          <span className="text-sm text-slate-700">{levelName(level)}: </span>
          <span className={LEVEL_STYLE[level - 1]}>{node.text}</span>
          {node.children.length > 0 && list(node.children, level + 1)}
        </li>
      ))}
    </ul>
  );

  return (
    <ul>
      <li>
        <span className="text-sm text-slate-700">{t("aim")}: </span>
        <span className="font-semibold">{aim || tStoryboard("noAim")}</span>
        {outline.length === 0 ? <p className="mt-1">{tStoryboard("driverDiagramEmpty")}</p> : list(outline, 1)}
      </li>
    </ul>
  );
}
