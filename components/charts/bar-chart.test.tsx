// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { percentScale } from "@/lib/charts/bar-scale";

import { BarChart, type BarRow } from "./bar-chart";

const ROWS: BarRow[] = [
  { id: "gpt-6-luna", sub: "Active", values: [90, 85.5] },
  { id: "gpt-5-mini", sub: "Deprecated", values: [80, null] },
  { id: "o4-mini", sub: "Shut down", values: [null, 70] },
];

function chart() {
  return (
    <BarChart
      label="Bar chart: MMLU scores by model"
      keyHint="The arrow keys move between models."
      series={["selfReported", "independent"]}
      rows={ROWS}
      scale={percentScale()}
      format={(v) => `${v}%`}
      axisTitle="MMLU score (%)"
      valueRoom={56}
      tooltip={(i) => <div role="tooltip">tip {ROWS[i]!.id}</div>}
    />
  );
}

const live = () => document.querySelector("[aria-live=polite]")!;

describe("BarChart", () => {
  it("is in the server's HTML: names, bars as shares of the axis, value labels and ticks", () => {
    const html = renderToString(chart());
    for (const text of ["gpt-6-luna", "Deprecated", "85.5%", "70%", "MMLU score (%)", ">25%<", ">100%<"])
      expect(html).toContain(text);
    expect(html).toContain("width:90.000%");
    expect(html).toContain("width:85.500%");
    // A missing value is no bar and no label, never a zero.
    expect(html.match(/width:/g)).toHaveLength(4);
    expect(html).not.toContain('role="tooltip"');
  });

  it("is one tab stop: focus shows the first model, arrows, Home and End move, Escape and blur hide", () => {
    render(chart());
    const app = screen.getByRole("application", { name: "MMLU scores by model" });
    expect(app).toHaveAttribute("tabindex", "0");
    expect(app).toHaveAccessibleDescription("The arrow keys move between models.");
    act(() => app.focus());
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip gpt-6-luna");
    expect(live()).toHaveTextContent("gpt-6-luna (Active): Self-reported (by OpenAI) 90%; Independent (third party) 85.5%");
    fireEvent.keyDown(app, { key: "ArrowDown" });
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip gpt-5-mini");
    expect(live()).toHaveTextContent(
      "gpt-5-mini (Deprecated): Self-reported (by OpenAI) 80%; Independent (third party) not published",
    );
    fireEvent.keyDown(app, { key: "End" });
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip o4-mini");
    fireEvent.keyDown(app, { key: "ArrowDown" });
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip o4-mini");
    fireEvent.keyDown(app, { key: "ArrowLeft" });
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip gpt-5-mini");
    fireEvent.keyDown(app, { key: "Escape" });
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(live()).toHaveTextContent("");
    fireEvent.keyDown(app, { key: "Home" });
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip gpt-6-luna");
    act(() => app.blur());
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("leaves other keys to the browser", () => {
    render(chart());
    const app = screen.getByRole("application");
    act(() => app.focus());
    const tab = fireEvent.keyDown(app, { key: "Tab" });
    const down = fireEvent.keyDown(app, { key: "ArrowDown" });
    expect(tab).toBe(true); // not prevented
    expect(down).toBe(false); // prevented: the page does not scroll
  });

  it("shows the tooltip of the row under the pointer, and hides it when the pointer leaves", () => {
    render(chart());
    const app = screen.getByRole("application");
    const row = within(app).getByText("o4-mini").closest("p")!.parentElement!;
    fireEvent.pointerEnter(row);
    expect(screen.getByRole("tooltip")).toHaveTextContent("tip o4-mini");
    fireEvent.pointerLeave(app);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });
});
