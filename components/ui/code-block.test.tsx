// @vitest-environment happy-dom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { CodeBlock } from "./code-block";

describe("CodeBlock", () => {
  it("is a named region in the tab order holding the code as written", () => {
    render(<CodeBlock code={'const r = await client.responses.create({ model: "x" });'} label="Node.js code sample" />);
    const region = screen.getByRole("region", { name: "Node.js code sample" });
    expect(region.tagName).toBe("PRE");
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region.textContent).toBe('const r = await client.responses.create({ model: "x" });');
  });
});
