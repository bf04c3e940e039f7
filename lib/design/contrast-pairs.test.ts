import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { CONTRAST_PAIRS, contrastFailures, NON_TEXT_MIN, TEXT_MIN } from "./contrast-pairs";
import { readThemeColors } from "./theme-tokens";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const themes = readThemeColors(read("../../app/globals.css"), read("../../node_modules/tailwindcss/theme.css"));

describe("design tokens in app/globals.css", () => {
  it.each(["light", "dark"] as const)("meet WCAG AA contrast for every pair the components use (%s)", (theme) => {
    expect(contrastFailures(themes[theme], CONTRAST_PAIRS)).toEqual([]);
  });

  it("define every token named by a pair, in both themes", () => {
    const names = new Set(CONTRAST_PAIRS.flatMap((p) => [p.fg, p.bg]));
    for (const theme of ["light", "dark"] as const) expect([...names].filter((n) => !themes[theme][n])).toEqual([]);
  });

  it("give the primary button's white text at least 4.5:1 in dark mode (it was 4.0:1 on sky-600)", () => {
    const dark = themes.dark;
    expect(contrastFailures(dark, [{ fg: "on-accent", bg: "accent-solid", min: TEXT_MIN }])).toEqual([]);
  });
});

describe("contrastFailures", () => {
  const colors = { white: [1, 1, 1], grey: [0.5, 0.5, 0.5], black: [0, 0, 0] } as const;

  it("reports a pair below its minimum with its ratio, and passes those above", () => {
    const failures = contrastFailures(colors, [
      { fg: "grey", bg: "white", min: TEXT_MIN },
      { fg: "grey", bg: "white", min: NON_TEXT_MIN },
      { fg: "black", bg: "white", min: TEXT_MIN },
    ]);
    expect(failures).toEqual([{ fg: "grey", bg: "white", min: TEXT_MIN, ratio: 3.98 }]);
  });

  it("fails a pair that names a token the theme does not define", () => {
    expect(contrastFailures(colors, [{ fg: "missing", bg: "white", min: NON_TEXT_MIN }])).toEqual([
      { fg: "missing", bg: "white", min: NON_TEXT_MIN, ratio: 0 },
    ]);
  });
});
