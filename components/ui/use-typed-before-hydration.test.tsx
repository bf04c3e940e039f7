// @vitest-environment happy-dom
import { act, useState, type ReactElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { AsOfField } from "@/components/as-of/as-of-field";
import { parseWholeNumber } from "@/lib/cost/workload";
import { formatWhole } from "@/lib/format";
import { logScale } from "@/lib/slider-scale";

import { SliderField } from "./slider";

/**
 * The server's HTML in the page, then typing into one of its boxes (as a reader on a slow phone
 * does before the scripts arrive), then hydration. NumberField's own test covers the same.
 */
async function typeThenHydrate(ui: (report: (v: unknown) => void) => ReactElement, box: string, typed?: string) {
  const container = document.createElement("div");
  document.body.append(container);
  container.innerHTML = renderToString(ui(() => {}));
  const input = container.querySelector<HTMLInputElement>(box)!;
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
