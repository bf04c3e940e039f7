// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { ModelPicker, type ModelGroup } from "./model-picker";

const groups: ModelGroup[] = [
  {
    label: "GPT-5.4",
    options: [
      { id: "gpt-5.4-mini", label: "gpt-5.4-mini (GPT-5.4 mini)" },
      { id: "gpt-5.4-nano", label: "gpt-5.4-nano (GPT-5.4 nano)", disabled: true },
    ],
  },
  { label: "GPT-4.1", options: [{ id: "gpt-4.1-nano", label: "gpt-4.1-nano (GPT-4.1 nano) · Shut down" }] },
];

describe("ModelPicker as a select", () => {
  it("is a combobox named by its label, with the groups, the placeholder and disabled options", () => {
    render(<ModelPicker mode="select" label="I use model" value="" onChange={() => {}} groups={groups} placeholder="Choose…" />);
    const select = screen.getByRole("combobox", { name: "I use model" });
    expect(
      within(select)
        .getAllByRole("group")
        .map((g) => g.getAttribute("label")),
    ).toEqual(["GPT-5.4", "GPT-4.1"]);
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Choose…",
      "gpt-5.4-mini (GPT-5.4 mini)",
      "gpt-5.4-nano (GPT-5.4 nano)",
      "gpt-4.1-nano (GPT-4.1 nano) · Shut down",
    ]);
    expect(screen.getByRole("option", { name: "gpt-5.4-nano (GPT-5.4 nano)" })).toBeDisabled();
  });

  it("applies each choice at once without an Add button", () => {
    const onChange = vi.fn();
    render(<ModelPicker mode="select" label="Compare with" value="gpt-5.4-mini" onChange={onChange} groups={groups} />);
    expect(screen.getByRole("combobox", { name: "Compare with" })).toHaveValue("gpt-5.4-mini");
    fireEvent.change(screen.getByRole("combobox", { name: "Compare with" }), { target: { value: "gpt-4.1-nano" } });
    expect(onChange).toHaveBeenCalledWith("gpt-4.1-nano");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("with an Add button, waits for it, then empties the select again", () => {
    const onAdd = vi.fn();
    render(
      <ModelPicker
        mode="select"
        label="Add a model"
        addLabel="Add to comparison"
        onAdd={onAdd}
        groups={groups}
        placeholder="Choose…"
      />,
    );
    const select = screen.getByRole("combobox", { name: "Add a model" });
    const add = screen.getByRole("button", { name: "Add to comparison" });
    expect(add).toBeDisabled();
    fireEvent.change(select, { target: { value: "gpt-5.4-mini" } });
    expect(onAdd).not.toHaveBeenCalled();
    expect(add).toBeEnabled();
    fireEvent.click(add);
    expect(onAdd).toHaveBeenCalledWith("gpt-5.4-mini");
    expect(select).toHaveValue("");
    expect(add).toBeDisabled();
  });

  it("keeps a choice waiting for Add through a remount, and forgets it once added", () => {
    // Adding changes the URL; when the server's answer lands, Next remounts the page. A choice
    // made in between used to vanish (and compare's e2e hung on a grey Add button).
    const picker = (onAdd: (id: string) => void) => (
      <ModelPicker mode="select" label="Add to the remount test" addLabel="Add" onAdd={onAdd} groups={groups} placeholder="…" />
    );
    const first = render(picker(() => {}));
    fireEvent.change(screen.getByRole("combobox", { name: "Add to the remount test" }), { target: { value: "gpt-4.1-nano" } });
    first.unmount();

    const onAdd = vi.fn();
    const second = render(picker(onAdd));
    expect(screen.getByRole("combobox", { name: "Add to the remount test" })).toHaveValue("gpt-4.1-nano");
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(onAdd).toHaveBeenCalledWith("gpt-4.1-nano");
    second.unmount();

    render(picker(() => {}));
    expect(screen.getByRole("combobox", { name: "Add to the remount test" })).toHaveValue("");
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
  });

  it("keeps keyboard focus on the select after Add, also when the page mounts afresh", () => {
    const picker = <ModelPicker mode="select" label="Add to the focus test" addLabel="Add" onAdd={() => {}} groups={groups} />;
    const first = render(picker);
    const select = screen.getByRole("combobox", { name: "Add to the focus test" });
    fireEvent.change(select, { target: { value: "gpt-5.4-mini" } });
    screen.getByRole("button", { name: "Add" }).focus();
    fireEvent.submit(select.closest("form")!);
    // The button greys out once used; focus goes where the next choice is made.
    expect(select).toHaveFocus();

    // The server's answer mounts the page afresh: focus fell to the body, the new select takes it.
    first.unmount();
    expect(document.activeElement).toBe(document.body);
    render(picker);
    expect(screen.getByRole("combobox", { name: "Add to the focus test" })).toHaveFocus();
  });

  it("adds nothing while disabled (the comparison is full)", () => {
    const onAdd = vi.fn();
    render(<ModelPicker mode="select" label="Add a model" addLabel="Add" onAdd={onAdd} groups={groups} disabled />);
    expect(screen.getByRole("combobox", { name: "Add a model" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
  });
});

function Checklist({ onToggle }: { onToggle: (id: string, on: boolean) => void }) {
  const [chosen, setChosen] = useState(["gpt-5.4-mini"]);
  return (
    <ModelPicker
      mode="checklist"
      summary={`Models: ${chosen.length} shown`}
      legend="Models to show"
      models={[
        { id: "gpt-5.4-mini", note: "Active", disabled: chosen.length === 1 && chosen[0] === "gpt-5.4-mini" },
        { id: "gpt-4.1-nano", note: "Shut down" },
      ]}
      chosen={chosen}
      onToggle={(id, on) => {
        onToggle(id, on);
        setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
      }}
      footer={<button type="button">Show all models</button>}
    />
  );
}

describe("ModelPicker as a checklist", () => {
  it("is a disclosure holding a named group with a checkbox per model, named by ID and note", () => {
    render(<Checklist onToggle={() => {}} />);
    expect(screen.getByText("Models: 1 shown").tagName).toBe("SUMMARY");
    const group = screen.getByRole("group", { name: "Models to show" });
    expect(
      within(group)
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent),
    ).toEqual(["gpt-5.4-miniActive", "gpt-4.1-nanoShut down"]);
    expect(screen.getByRole("checkbox", { name: /^gpt-5\.4-mini/ })).toBeChecked();
    expect(screen.getByRole("button", { name: "Show all models" })).toBeInTheDocument();
  });

  it("reports each toggle with the model and its new state, and honours disabled boxes", () => {
    const onToggle = vi.fn();
    render(<Checklist onToggle={onToggle} />);
    expect(screen.getByRole("checkbox", { name: /^gpt-5\.4-mini/ })).toBeDisabled();
    fireEvent.click(screen.getByRole("checkbox", { name: /^gpt-4\.1-nano/ }));
    expect(onToggle).toHaveBeenLastCalledWith("gpt-4.1-nano", true);
    expect(screen.getByText("Models: 2 shown")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /^gpt-5\.4-mini/ })).toBeEnabled();
    fireEvent.click(screen.getByRole("checkbox", { name: /^gpt-5\.4-mini/ }));
    expect(onToggle).toHaveBeenLastCalledWith("gpt-5.4-mini", false);
  });
});
