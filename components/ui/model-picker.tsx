"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

import { cn } from "@/lib/cn";

import { Button } from "./button";
import { CheckList } from "./check-list";
import { Disclosure } from "./disclosure";
import { fieldVariants } from "./field";
import { useTypedBeforeHydration } from "./use-typed-before-hydration";

export type ModelOption = { id: string; label: string; disabled?: boolean };
export type ModelGroup = { label: string; options: readonly ModelOption[] };
/** A model in a checklist: its ID (the checkbox's name, with the note) and a short note such as its lifecycle. */
export type ModelCheck = { id: string; note?: string; disabled?: boolean };

type SelectProps = {
  mode: "select";
  /** The select's visible label and accessible name. */
  label: string;
  groups: readonly ModelGroup[];
  /** The empty first option ("Choose a model ID…"); none when omitted. */
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  id?: string;
} & (
  | {
      /** Each choice applies at once. */
      value: string;
      onChange: (id: string) => void;
      addLabel?: never;
      onAdd?: never;
    }
  | {
      /** The choice waits for a button (`addLabel`), then the select empties again. */
      addLabel: string;
      onAdd: (id: string) => void;
      value?: never;
      onChange?: never;
    }
);

type ChecklistProps = {
  mode: "checklist";
  /** The disclosure's always-visible line, e.g. "Models: 4 of 9 shown". */
  summary: ReactNode;
  /** Names the group of checkboxes for assistive technology. */
  legend: string;
  models: readonly ModelCheck[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  columns?: 1 | 2;
  /** Below the list, inside the disclosure ("Show all models"). */
  footer?: ReactNode;
  className?: string;
};

export type ModelPickerProps = SelectProps | ChecklistProps;

/**
 * Chooses model IDs, in one of two shapes: a labelled select of grouped IDs (one model: compare's
 * "Add a model", the migration planner), or a disclosure holding a checkbox per ID (several at
 * once: the models a chart or the calculator shows). Both are native controls, so the keyboard
 * and screen readers work as everywhere else.
 */
export function ModelPicker(props: ModelPickerProps) {
  return props.mode === "select" ? <ModelSelect {...props} /> : <ModelChecklist {...props} />;
}

/**
 * Choices made but not yet added, by the select's label, for this document's lifetime. Adding a
 * model pushes a new URL, and when the server's answer lands Next mounts the page afresh (seen in
 * Chromium: a new <select> element), which emptied a select the reader had meanwhile set to the
 * next model: on a slow connection the choice vanished and Add went grey. Written only from
 * event handlers, so the server never holds one; read when a select mounts.
 */
const waitingChoices = new Map<string, string>();
/**
 * Selects whose Add was just used. When the page then mounts afresh, focus would fall to the top
 * of the page; the new select takes it back, so a keyboard reader goes on choosing where they were.
 */
const refocusAfterAdd = new Set<string>();

function ModelSelect({
  label,
  groups,
  placeholder,
  disabled,
  className,
  id: idProp,
  value,
  onChange,
  addLabel,
  onAdd,
}: SelectProps) {
  const auto = useId();
  const id = idProp ?? auto;
  // A choice waiting for the Add button outlives a remount: see `waitingChoices`.
  const [pending, setPendingState] = useState(() => (addLabel ? (waitingChoices.get(label) ?? "") : ""));
  const setPending = (id: string) => {
    if (id) waitingChoices.set(label, id);
    else waitingChoices.delete(label);
    setPendingState(id);
  };
  const box = useRef<HTMLSelectElement>(null);
  const current = addLabel ? pending : (value ?? "");
  const pick = (id: string) => (addLabel ? setPending(id) : onChange?.(id));
  useTypedBeforeHydration(box, current, pick);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (refocusAfterAdd.delete(label) && lost) box.current?.focus();
    // On mount only: the remount after an add is what drops focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const select = (
    <div className={cn("flex min-w-0 flex-col gap-1 text-sm", addLabel ? "w-full sm:w-80" : className)}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        ref={box}
        id={id}
        value={current}
        onChange={(e) => pick(e.target.value)}
        disabled={disabled}
        className={cn(fieldVariants({ size: "md" }), "w-full min-w-0 font-mono")}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id} disabled={o.disabled}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  if (!addLabel) return select;
  return (
    <form
      className={cn("flex w-full min-w-0 flex-wrap items-end gap-2 sm:w-auto", className)}
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending || disabled) return;
        onAdd?.(pending);
        setPending("");
        // Add greys out once used: keep the keyboard where the next choice is made.
        box.current?.focus();
        refocusAfterAdd.add(label);
      }}
    >
      {select}
      <Button type="submit" variant="primary" size="field" disabled={!pending || disabled}>
        {addLabel}
      </Button>
    </form>
  );
}

function ModelChecklist({ summary, legend, models, chosen, onToggle, columns, footer, className }: ChecklistProps) {
  const items = models.map((m) => ({
    value: m.id,
    disabled: m.disabled,
    label: (
      <>
        <span className="font-mono">{m.id}</span>
        {m.note ? <span className="text-xs text-fg-subtle">{m.note}</span> : null}
      </>
    ),
  }));
  return (
    <Disclosure summary={summary} surface="raised" className={cn("max-w-full min-w-0", className)}>
      <CheckList legend={legend} items={items} checked={chosen} onToggle={onToggle} columns={columns} />
      {footer}
    </Disclosure>
  );
}
