// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { PopoverDisclosure } from "./popover-disclosure";

function setup() {
  render(
    <div>
      <button type="button">elsewhere</button>
      <PopoverDisclosure summary="Family">
        <label>
          <input type="checkbox" /> GPT-5
        </label>
      </PopoverDisclosure>
    </div>,
  );
  const details = screen.getByText("Family").closest("details")!;
  details.open = true;
  return details;
}

describe("PopoverDisclosure", () => {
  it("floats its content, so opening it does not make its row taller", () => {
    const details = setup();
    expect(details).toHaveClass("relative");
    expect(screen.getByRole("checkbox").closest("div")).toHaveClass("absolute", "top-full");
  });

  it("closes on Escape and gives focus back to its summary", () => {
    const details = setup();
    fireEvent.keyDown(screen.getByRole("checkbox"), { key: "Escape" });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByText("Family"));
  });

  it("closes on a click outside, not on one inside", () => {
    const details = setup();
    fireEvent.pointerDown(screen.getByRole("checkbox"));
    expect(details.open).toBe(true);
    fireEvent.pointerDown(screen.getByRole("button", { name: "elsewhere" }));
    expect(details.open).toBe(false);
  });

  it("lines up with the summary's end edge when asked", () => {
    render(
      <PopoverDisclosure summary="Columns" align="end">
        <span>list</span>
      </PopoverDisclosure>,
    );
    expect(screen.getByText("list").parentElement).toHaveClass("right-0");
  });
});
