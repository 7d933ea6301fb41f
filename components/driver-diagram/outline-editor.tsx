"use client";

import { startTransition, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addDriverItemAction, editDriverItemAction } from "@/lib/driver-diagrams/actions";
import { canApply, MAX_LEVEL, type OutlineNode } from "@/lib/driver-diagrams/rules";
import type { DriverItemOp } from "@/lib/driver-diagrams/schema";

const NS = "driverDiagram";
const MAX_TEXT = 300;

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
 * The keyboard-first outline editor of a driver diagram. Each item is a kit form on one action that
 * saves its text and applies the pressed button (move, indent, remove) in one transaction; a new
 * item is a form on the add action. The actions' configs refresh the page; the keys submit the
 * same forms, through the same state, one after another. Buttons with visible labels do all that
 * the keys do.
 */
export function OutlineEditor({ owner, outline }: { owner: Owner; outline: OutlineNode[] }) {
  const t = useTranslations(NS);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // Which item's form sent the shared state's last submit: only that item shows its text's errors.
  const [sentBy, setSentBy] = useState<string | null>(null);
  const tabPassThrough = useRef(false);
  const draftCounter = useRef(0);

  const openDraft = (parentId: string | null, afterId: string | null, level: number) =>
    setDraft({ key: ++draftCounter.current, parentId, afterId, level });

  // Every item's form shares this state: an item that moves is drawn anew elsewhere in the tree,
  // and the outcome is shown once, under the outline.
  const edit = useActionForm(editDriverItemAction, {
    id: "outline-edit",
    namespace: NS,
    onSuccess: (data) => {
      if (data.op !== "rename") setFocusId(data.itemId ?? "add-primary");
    },
  });
  // A saved new item opens the next one right after it, for typing on.
  const add = useActionForm(addDriverItemAction, {
    id: "outline-add",
    namespace: NS,
    onSuccess: (data) => {
      if (draft && data.itemId) openDraft(draft.parentId, data.itemId, draft.level);
    },
  });

  useEffect(() => {
    if (!focusId) return;
    const element = document.querySelector<HTMLElement>(`[data-item-input="${CSS.escape(focusId)}"]`);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, outline]);

  const levelName = (level: number) => t(`level${Math.min(level, MAX_LEVEL)}` as "level1");

  /** A key's submit of an item's form: what the matching button would send. */
  function submitItem(form: HTMLFormElement, op: DriverItemOp) {
    const data = new FormData(form);
    data.set("op", op);
    setSentBy(String(data.get("itemId")));
    startTransition(() => edit.formAction(data));
  }

  /** Whether the typed text is a change to save; an emptied field gets its text back instead. */
  function changed(node: OutlineNode, input: HTMLInputElement): boolean {
    const text = input.value.trim();
    if (text === "") input.value = node.text;
    return text !== "" && text !== node.text;
  }

  function onItemBlur(event: FocusEvent<HTMLInputElement>, node: OutlineNode) {
    const input = event.currentTarget;
    const next = event.relatedTarget as HTMLButtonElement | null;
    // A submit button of the same form sends the text along with its own change.
    if (next?.form === input.form && next?.type === "submit") return;
    if (changed(node, input)) submitItem(input.form!, "rename");
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLInputElement>, node: OutlineNode, level: number, parentId: string | null) {
    const input = event.currentTarget;
    const form = input.form!;
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
      submitItem(form, moveType);
      return;
    }
    tabPassThrough.current = false;
    if (event.key === "Enter") {
      event.preventDefault();
      if (changed(node, input)) submitItem(form, "rename");
      openDraft(parentId, node.id, level);
    } else if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      submitItem(form, event.key === "ArrowUp" ? "moveUp" : "moveDown");
    } else if (event.key === "Delete" && input.selectionStart === input.value.length && input.selectionEnd === input.value.length) {
      event.preventDefault();
      // The remove button asks first, in its dialog.
      form.querySelector<HTMLButtonElement>('button[name="op"][value="remove"]')?.click();
    }
  }

  function onDraftKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!draft) return;
    if (event.key === "Enter") {
      // A typed item is submitted by the form itself (its Save button is the default one).
      if (event.currentTarget.value.trim() !== "") return;
      event.preventDefault();
      setDraft(null);
      setFocusId(draft.afterId ?? draft.parentId ?? "add-primary");
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
      <li key={`draft-${draft.key}`} className="rounded border border-dashed border-brand-600 bg-brand-50 p-2">
        <HandleForm handle={add} id="outline-draft-form" className="flex flex-col gap-1">
          <input type="hidden" name="ownerType" value={owner.ownerType} />
          <input type="hidden" name="ownerId" value={owner.ownerId} />
          <input type="hidden" name="parentId" value={draft.parentId ?? ""} />
          <input type="hidden" name="afterId" value={draft.afterId ?? ""} />
          <Field id="outline-draft" name="text" label={t("newItemLabel", { level: String(draft.level) })} hint={t("newItemHint")} maxLength={MAX_TEXT}>
            {(control) => <input {...control} key={draft.key} autoFocus autoComplete="off" className="input min-w-0" onKeyDown={onDraftKeyDown} data-item-input="draft" />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <SubmitButton className="btn-secondary text-sm">{t("saveNew")}</SubmitButton>
            <button type="button" className="btn-secondary text-sm" onClick={() => setDraft(null)}>
              {t("cancel")}
            </button>
          </div>
          <ActionStatus handle={add} success={t("saved")} />
        </HandleForm>
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
      const formId = `outline-form-${node.id}`;
      // Not disabled while an earlier change is saving: presses queue and run one after another.
      const button = (moveType: Move, text: string) => (
        <button type="submit" name="op" value={moveType} className="btn-secondary text-sm" disabled={!canApply(outline, { type: moveType, id: node.id })}>
          {text}
          <span className="sr-only">: {label}</span>
        </button>
      );
      return [
        <li key={node.id} className="flex flex-col gap-1" data-level={level} onSubmitCapture={() => setSentBy(node.id)}>
          <HandleForm handle={edit} id={formId} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2">
            {/* The default button: Enter without JavaScript saves the text and moves nothing. */}
            <button type="submit" name="op" value="rename" hidden tabIndex={-1} />
            <input type="hidden" name="itemId" value={node.id} />
            <Field
              key={`${node.id}:${node.text}`}
              id={inputId}
              name="text"
              label={<span className="text-sm text-slate-700">{label}</span>}
              maxLength={MAX_TEXT}
              initialLength={node.text.length}
              showErrors={sentBy === node.id}
              // The counter shows while the item is edited or too long, not under every item of the outline.
              className="flex flex-col gap-1 [&:focus-within>[id$='-count']]:not-sr-only [&>[aria-live='polite']]:not-sr-only [&>[id$='-count']]:sr-only"
            >
              {(control) => (
                <input
                  {...control}
                  aria-describedby={[control["aria-describedby"], "outline-help"].filter(Boolean).join(" ")}
                  defaultValue={node.text}
                  className="input w-full"
                  data-item-input={node.id}
                  onKeyDown={(event) => onItemKeyDown(event, node, level, parentId)}
                  onBlur={(event) => onItemBlur(event, node)}
                />
              )}
            </Field>
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
              <ConfirmSubmit
                formId={formId}
                name="op"
                value="remove"
                label={
                  <>
                    {t("remove")}
                    <span className="sr-only">: {label}</span>
                  </>
                }
                question={`${t("confirmRemoveTitle")} ${t("confirmRemoveBody", { text: node.text })}`}
                confirmLabel={t("remove")}
                className="btn-secondary text-sm"
              />
            </div>
          </HandleForm>
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
      <ActionStatus handle={edit} success={t("saved")} />
    </div>
  );
}
