"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/teams/action-feedback";
import type { ActionResult } from "@/lib/actions/result";
import { addDriverItemAction, moveDriverItemAction, removeDriverItemAction, renameDriverItemAction } from "@/lib/driver-diagrams/actions";
import { canApply, MAX_LEVEL, type OutlineNode } from "@/lib/driver-diagrams/rules";

type Owner = { ownerType: "team" | "collaborative"; ownerId: string };
type Move = "moveUp" | "moveDown" | "indent" | "outdent";
/** Where a new, not yet saved item sits: under parentId, right after afterId (null: first/last). */
type Draft = { key: number; parentId: string | null; afterId: string | null; level: number };

function findNode(outline: OutlineNode[], id: string | null): OutlineNode | null {
  if (id === null) return null;
  for (const node of outline) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

function parentOf(outline: OutlineNode[], id: string, parent: string | null = null): string | null | undefined {
  for (const node of outline) {
    if (node.id === id) return parent;
    const found = parentOf(node.children, id, node.id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The keyboard-first outline editor of a driver diagram. Every change is one server action; the
 * page re-renders from the database afterwards. Buttons with visible labels do all that the keys do.
 */
export function OutlineEditor({ owner, outline }: { owner: Owner; outline: OutlineNode[] }) {
  const t = useTranslations("driverDiagram");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<OutlineNode | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const tabPassThrough = useRef(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const draftCounter = useRef(0);

  useEffect(() => {
    if (!focusId) return;
    const element = document.querySelector<HTMLElement>(`[data-item-input="${CSS.escape(focusId)}"]`);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, outline]);

  // Actions run one after another (a blur's rename, then the move the click asked for).
  function run<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    const next = queue.current.then(async () => {
      const result = await action();
      setStatus(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: failureMessage(result, tErrors, t) });
      if (result.ok) router.refresh();
      return result;
    });
    queue.current = next.catch(() => undefined);
    return next;
  }

  const levelName = (level: number) => t(`level${Math.min(level, MAX_LEVEL)}` as "level1");
  const openDraft = (parentId: string | null, afterId: string | null, level: number) =>
    setDraft({ key: ++draftCounter.current, parentId, afterId, level });

  async function rename(node: OutlineNode, input: HTMLInputElement) {
    const text = input.value.trim();
    if (text === node.text) return;
    if (text === "") {
      input.value = node.text;
      return;
    }
    await run(() => renameDriverItemAction({ itemId: node.id, text }));
  }

  async function move(node: OutlineNode, moveType: Move, input?: HTMLInputElement | null) {
    if (input) await rename(node, input);
    const result = await run(() => moveDriverItemAction({ itemId: node.id, move: moveType }));
    if (result.ok && result.data.itemId) setFocusId(result.data.itemId);
  }

  async function confirmRemove() {
    const node = removing;
    dialog.current?.close();
    setRemoving(null);
    if (!node) return;
    const parent = parentOf(outline, node.id) ?? null;
    const result = await run(() => removeDriverItemAction({ itemId: node.id }));
    if (result.ok) setFocusId(parent ?? "add-primary");
  }

  function askRemove(node: OutlineNode) {
    setRemoving(node);
    dialog.current?.showModal();
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLInputElement>, node: OutlineNode, level: number, parentId: string | null) {
    const input = event.currentTarget;
    if (event.key === "Escape") {
      input.value = node.text;
      tabPassThrough.current = true;
      return;
    }
    if (event.key === "Tab") {
      if (tabPassThrough.current) {
        tabPassThrough.current = false;
        return;
      }
      const moveType = event.shiftKey ? "outdent" : "indent";
      if (!canApply(outline, { type: moveType, id: node.id })) return;
      event.preventDefault();
      void move(node, moveType, input);
      return;
    }
    tabPassThrough.current = false;
    if (event.key === "Enter") {
      event.preventDefault();
      void rename(node, input).then(() => openDraft(parentId, node.id, level));
    } else if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      void move(node, event.key === "ArrowUp" ? "moveUp" : "moveDown", input);
    } else if (event.key === "Delete" && input.selectionStart === input.value.length && input.selectionEnd === input.value.length) {
      event.preventDefault();
      askRemove(node);
    }
  }

  async function saveDraft(input: HTMLInputElement) {
    if (!draft) return;
    const text = input.value.trim();
    if (text === "") {
      setDraft(null);
      setFocusId(draft.afterId ?? draft.parentId ?? "add-primary");
      return;
    }
    const current = draft;
    const result = await run(() => addDriverItemAction({ ...owner, parentId: current.parentId, afterId: current.afterId, text }));
    if (result.ok && result.data.itemId) openDraft(current.parentId, result.data.itemId, current.level);
  }

  function onDraftKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!draft) return;
    if (event.key === "Enter") {
      event.preventDefault();
      void saveDraft(event.currentTarget);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setFocusId(draft.afterId ?? draft.parentId ?? "add-primary");
      setDraft(null);
    } else if (event.key === "Tab" && !event.shiftKey && draft.afterId && draft.level < MAX_LEVEL) {
      // A new item indents under the item above it, as its last child.
      event.preventDefault();
      const above = findNode(outline, draft.afterId);
      const lastChild = above?.children.at(-1)?.id ?? null;
      setDraft({ ...draft, parentId: draft.afterId, afterId: lastChild, level: draft.level + 1 });
    } else if (event.key === "Tab" && event.shiftKey && draft.parentId) {
      event.preventDefault();
      setDraft({ ...draft, parentId: parentOf(outline, draft.parentId) ?? null, afterId: draft.parentId, level: draft.level - 1 });
    }
  }

  function renderDraft() {
    if (!draft) return null;
    return (
      <li key={`draft-${draft.key}`} className="flex flex-col gap-1 rounded border border-dashed border-brand-600 bg-brand-50 p-2">
        <label htmlFor="outline-draft" className="text-sm font-medium">
          {t("newItemLabel", { level: String(draft.level) })}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="outline-draft"
            key={draft.key}
            autoFocus
            className="input min-w-0 flex-1"
            maxLength={300}
            aria-describedby="outline-draft-hint"
            onKeyDown={onDraftKeyDown}
            data-item-input="draft"
          />
          <button type="button" className="btn-secondary text-sm" onClick={(event) => void saveDraft(event.currentTarget.parentElement!.querySelector("input")!)}>
            {t("saveNew")}
          </button>
          <button type="button" className="btn-secondary text-sm" onClick={() => setDraft(null)}>
            {t("cancel")}
          </button>
        </div>
        <p id="outline-draft-hint" className="text-sm text-slate-700">
          {t("newItemHint")}
        </p>
      </li>
    );
  }

  function renderList(nodes: OutlineNode[], parentId: string | null, level: number, prefix: string) {
    const draftHere = draft !== null && draft.parentId === parentId;
    const draftIndex = draftHere ? (draft.afterId === null ? -1 : nodes.findIndex((node) => node.id === draft.afterId)) : -2;
    // Right after its item; at the start when it has none; at the end while a just-saved item is loading.
    const draftAtStart = draftHere && draft.afterId === null;
    const draftAtEnd = draftHere && draft.afterId !== null && draftIndex === -1;
    const items = nodes.map((node, index) => {
      const number = `${prefix}${index + 1}`;
      const label = t("itemLabel", { level: levelName(level), number });
      const inputId = `outline-item-${node.id}`;
      const button = (moveType: Move, text: string) => (
        <button
          type="button"
          className="btn-secondary text-sm"
          disabled={!canApply(outline, { type: moveType, id: node.id })}
          onClick={() => void move(node, moveType, document.getElementById(inputId) as HTMLInputElement | null)}
        >
          {text}
          <span className="sr-only">: {label}</span>
        </button>
      );
      return [
        <li key={node.id} className="flex flex-col gap-1" data-level={level}>
          <div className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2">
            <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
              {label}
            </label>
            <input
              id={inputId}
              key={`${node.id}:${node.text}`}
              defaultValue={node.text}
              maxLength={300}
              className="input w-full"
              aria-describedby="outline-help"
              data-item-input={node.id}
              onKeyDown={(event) => onItemKeyDown(event, node, level, parentId)}
              onBlur={(event) => void rename(node, event.currentTarget)}
            />
            <div className="flex flex-wrap gap-1">
              {button("indent", t("indent"))}
              {button("outdent", t("outdent"))}
              {button("moveUp", t("moveUp"))}
              {button("moveDown", t("moveDown"))}
              {level < MAX_LEVEL && (
                <button type="button" className="btn-secondary text-sm" onClick={() => openDraft(node.id, node.children.at(-1)?.id ?? null, level + 1)}>
                  {t("addChild")}
                  <span className="sr-only">: {label}</span>
                </button>
              )}
              <button type="button" className="btn-secondary text-sm" onClick={() => askRemove(node)}>
                {t("remove")}
                <span className="sr-only">: {label}</span>
              </button>
            </div>
          </div>
          {(node.children.length > 0 || draft?.parentId === node.id) && renderList(node.children, node.id, level + 1, `${number}.`)}
        </li>,
        draftIndex === index ? renderDraft() : null,
      ];
    });
    return (
      <ul className={level === 1 ? "flex flex-col gap-3" : "ml-4 mt-2 flex flex-col gap-2 border-l-2 border-slate-300 pl-3 md:ml-8"}>
        {draftAtStart ? renderDraft() : null}
        {items}
        {draftAtEnd ? renderDraft() : null}
      </ul>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <p id="outline-help" className="text-sm text-slate-700">
        {t("outlineHelp")}
      </p>
      {outline.length === 0 && !draft && <p>{t("empty")}</p>}
      {renderList(outline, null, 1, "")}
      <div>
        <button
          type="button"
          className="btn-primary min-h-11"
          data-item-input="add-primary"
          onClick={() => openDraft(null, outline.at(-1)?.id ?? null, 1)}
        >
          {t("addPrimary")}
        </button>
      </div>
      <div aria-live="polite" role="status">
        {status && <p className={status.ok ? "text-sm text-slate-700" : "rounded border border-red-300 bg-red-50 p-2 text-red-800"}>{status.text}</p>}
      </div>
      <dialog ref={dialog} aria-labelledby="remove-title" className="m-auto max-w-md rounded-lg p-4 shadow-lg backdrop:bg-slate-900/40" onClose={() => setRemoving(null)}>
        <h2 id="remove-title" className="text-lg font-semibold">
          {t("confirmRemoveTitle")}
        </h2>
        <p className="mt-2">{t("confirmRemoveBody", { text: removing?.text ?? "" })}</p>
        <div className="mt-4 flex gap-2">
          <button type="button" className="btn-primary" onClick={() => void confirmRemove()}>
            {t("remove")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </div>
  );
}
