// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { parseWholeNumber } from "@/lib/cost/workload";
import { formatWhole } from "@/lib/format";
import { logScale } from "@/lib/slider-scale";

import { SliderField } from "./slider";

const scale = logScale({ minExp: 3, maxExp: 11, zero: true });

function Harness({ onValue }: { onValue: (v: number) => void }) {
  const [value, setValue] = useState(1_000_000);
  return (
    <SliderField
      label="Input tokens per day"
      unit="tokens / day"
      value={value}
      onValueChange={(v) => {
        onValue(v);
        setValue(v);
      }}
      scale={scale}
      format={formatWhole}
      parse={(t) => parseWholeNumber(t, { min: 0, max: 100_000_000_000, unit: "tokens" })}
    />
  );
}

describe("SliderField", () => {
  it("labels the slider and the field alike and reads the real value out", () => {
    render(<Harness onValue={() => {}} />);
    const slider = screen.getByRole("slider", { name: "Input tokens per day" });
    expect(slider).toHaveAttribute("aria-valuetext", "1,000,000 tokens / day");
    expect(screen.getByRole("textbox", { name: "Input tokens per day" })).toHaveValue("1,000,000");
  });

  it("moves on the log steps, a decade with Page Up", () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    const slider = screen.getByRole("slider", { name: "Input tokens per day" });
    fireEvent.change(slider, { target: { value: String(scale.toPosition(1_000_000) + 1) } });
    expect(onValue).toHaveBeenLastCalledWith(1_200_000);
    fireEvent.keyDown(slider, { key: "PageUp" });
    expect(onValue).toHaveBeenLastCalledWith(12_000_000);
    expect(slider).toHaveAttribute("aria-valuetext", "12,000,000 tokens / day");
  });

  it("takes exact typed values, refuses nonsense with a message, and clamps with one", () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    const field = screen.getByRole("textbox", { name: "Input tokens per day" });
    fireEvent.change(field, { target: { value: "1,234,567" } });
    expect(onValue).toHaveBeenLastCalledWith(1_234_567);
    onValue.mockClear();
    fireEvent.change(field, { target: { value: "-5" } });
    expect(onValue).not.toHaveBeenCalled();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/cannot be negative/);
    fireEvent.blur(field);
    expect(field).toHaveValue("1,234,567");
    expect(field).not.toHaveAttribute("aria-invalid");
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: "5T" } });
    expect(onValue).toHaveBeenLastCalledWith(100_000_000_000);
    expect(field).toHaveAccessibleDescription(/Capped at 100,000,000,000 tokens/);
  });

  it("reads 1.5M and 1.5e6 as 1,500,000, and refuses 1,5 instead of taking it for 15", () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    const field = screen.getByRole("textbox", { name: "Input tokens per day" });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: "1.5M" } });
    expect(onValue).toHaveBeenLastCalledWith(1_500_000);
    fireEvent.change(field, { target: { value: "2M" } });
    fireEvent.change(field, { target: { value: "1.5e6" } });
    expect(onValue).toHaveBeenLastCalledWith(1_500_000);
    onValue.mockClear();
    fireEvent.change(field, { target: { value: "1,5" } });
    expect(onValue).not.toHaveBeenCalled();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/“1,5” is ambiguous: a comma only separates thousands/);
    fireEvent.blur(field);
    expect(field).toHaveValue("1,500,000");
    expect(field).toHaveAccessibleDescription(/Kept 1,500,000\./);
  });
});
