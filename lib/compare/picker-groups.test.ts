import { describe, expect, it } from "vitest";

import { pickerGroups } from "./picker-groups";
import type { PickerOption } from "./types";

const options: PickerOption[] = [
  { id: "gpt-5.4-mini", label: "gpt-5.4-mini (GPT-5.4 mini)", family: "GPT-5.4", status: "active" },
  { id: "gpt-4.1-nano", label: "gpt-4.1-nano (GPT-4.1 nano)", family: "GPT-4.1", status: "shutdown" },
  { id: "gpt-5.4-nano", label: "gpt-5.4-nano (GPT-5.4 nano)", family: "GPT-5.4", status: "active" },
  { id: "gpt-4.1-mini", label: "gpt-4.1-mini (GPT-4.1 mini)", family: "GPT-4.1", status: "deprecated" },
  { id: "x-1", label: "x-1 (X)", family: "X", status: "unknown" },
];

describe("pickerGroups", () => {
  it("groups by family in first-seen order, keeping the catalog's order inside a group", () => {
    const groups = pickerGroups(options, []);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ["GPT-5.4", ["gpt-5.4-mini", "gpt-5.4-nano"]],
      ["GPT-4.1", ["gpt-4.1-nano", "gpt-4.1-mini"]],
      ["X", ["x-1"]],
    ]);
  });

  it("marks models that are not active with their status, and disables the chosen ones", () => {
    const byId = Object.fromEntries(
      pickerGroups(options, ["gpt-5.4-nano", "gpt-4.1-mini"])
        .flatMap((g) => g.options)
        .map((o) => [o.id, o]),
    );
    expect(byId["gpt-5.4-mini"]).toEqual({ id: "gpt-5.4-mini", label: "gpt-5.4-mini (GPT-5.4 mini)", disabled: false });
    expect(byId["gpt-5.4-nano"]!.disabled).toBe(true);
    expect(byId["gpt-4.1-nano"]!.label).toBe("gpt-4.1-nano (GPT-4.1 nano) · Shut down");
    expect(byId["gpt-4.1-mini"]).toEqual({
      id: "gpt-4.1-mini",
      label: "gpt-4.1-mini (GPT-4.1 mini) · Deprecated",
      disabled: true,
    });
    expect(byId["x-1"]!.label).toBe("x-1 (X) · Status unknown");
  });
});
