// @vitest-environment happy-dom
import { act, useState, type ReactElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { AsOfField } from "@/components/as-of/as-of-field";
import { parseWholeNumber } from "@/lib/cost/workload";
import { formatWhole } from "@/lib/format";
import { logScale } from "@/lib/slider-scale";

import { ModelPicker } from "./model-picker";
import { SliderField } from "./slider";

/**
 * The server's HTML in the page, then typing into one of its boxes (as a reader on a slow phone
 * does before the scripts arrive), then hydration. NumberField's own test covers the same.
 */
async function typeThenHydrate(ui: (report: (v: unknown) => void) => ReactElement, box: string, typed?: string) {
  // A select or a text box; `value` is all the tests read.
  const container = document.createElement("div");
  document.body.append(container);
  container.innerHTML = renderToString(ui(() => {}));
  const input = container.querySelector<HTMLInputElement | HTMLSelectElement>(box)!;
  if (typed !== undefined) input.value = typed;
  const report = vi.fn();
  await act(async () => {
    hydrateRoot(container, ui(report));
  });
  return { input, report };
}

const scale = logScale({ minExp: 3, maxExp: 11, zero: true });

function Slider({ report }: { report: (v: unknown) => void }) {
  const [value, setValue] = useState(1_000_000);
  return (
    <SliderField
      label="Input tokens per day"
      unit="tokens / day"
      value={value}
      onValueChange={(v) => {
        report(v);
        setValue(v);
      }}
      scale={scale}
      format={formatWhole}
      parse={(t) => parseWholeNumber(t, { min: 0, max: 100_000_000_000, unit: "tokens" })}
    />
  );
}

describe("a box typed into before hydration", () => {
  it("SliderField: the typed volume becomes the value, shown formatted once the box is left", async () => {
    const { input, report } = await typeThenHydrate((r) => <Slider report={r} />, "input[type=text]", "2500000");
    expect(report).toHaveBeenCalledExactlyOnceWith(2_500_000);
    expect(input.value).toBe("2,500,000");
    expect(input.closest("div[role=group]")!.querySelector<HTMLInputElement>("input[type=range]")!.value).toBe(
      String(scale.toPosition(2_500_000)),
    );
  });

  it("SliderField: what cannot be read is refused with its message, and the value stays", async () => {
    const { input, report } = await typeThenHydrate((r) => <Slider report={r} />, "input[type=text]", "lots");
    expect(report).not.toHaveBeenCalled();
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("AsOfField: a typed whole day in range reprices, as picking it would", async () => {
    const ui = (r: (v: unknown) => void) => <AsOfField on={null} today="2026-12-02" onChange={r} />;
    const { report } = await typeThenHydrate(ui, "input[type=date]", "2026-06-01");
    expect(report).toHaveBeenCalledExactlyOnceWith("2026-06-01");
  });

  it("reports nothing when the boxes still show the server's values", async () => {
    const slider = await typeThenHydrate((r) => <Slider report={r} />, "input[type=text]");
    expect(slider.report).not.toHaveBeenCalled();
    expect(slider.input.value).toBe("1,000,000");
    const asOf = await typeThenHydrate((r) => <AsOfField on={null} today="2026-12-02" onChange={r} />, "input[type=date]");
    expect(asOf.report).not.toHaveBeenCalled();
  });
});

describe("a select picked before hydration", () => {
  const groups = [
    {
      label: "GPT-5.4",
      options: [
        { id: "gpt-5.4-mini", label: "gpt-5.4-mini" },
        { id: "gpt-5.4-nano", label: "gpt-5.4-nano" },
      ],
    },
  ];

  it("ModelPicker with an Add button: the early pick is kept and can be added", async () => {
    const ui = (r: (v: unknown) => void) => (
      <ModelPicker
        mode="select"
        label="Add a model"
        addLabel="Add to comparison"
        placeholder="Choose…"
        groups={groups}
        onAdd={r}
      />
    );
    const { input: select } = await typeThenHydrate(ui, "select", "gpt-5.4-nano");
    const add = select.closest("form")!.querySelector("button")!;
    expect(select.value).toBe("gpt-5.4-nano");
    expect(add.disabled).toBe(false);
  });

  it("ModelPicker without one: the early pick is reported as a change", async () => {
    const ui = (r: (v: unknown) => void) => (
      <ModelPicker mode="select" label="I use model" value="" placeholder="Choose…" groups={groups} onChange={r} />
    );
    const { report } = await typeThenHydrate(ui, "select", "gpt-5.4-mini");
    expect(report).toHaveBeenCalledExactlyOnceWith("gpt-5.4-mini");
  });
});
