import { describe, expect, it } from "vitest";

import { declarationsFor, paletteColors, readThemeColors } from "./theme-tokens";

const palette = `@theme default {
  --color-zinc-900: oklch(21% 0.006 285.885);
  --color-white: #fff;
  @keyframes spin { to { transform: rotate(360deg); } }
}`;

const globals = `@import "tailwindcss";
@custom-variant dark (&:where(.dark, .dark *));
/* --ignored: #000; */
:root { color-scheme: light; --surface: var(--color-white); --fg: var(--color-zinc-900); }
:root.dark,
.dark { --surface: var(--color-zinc-900); }
@theme inline { --color-surface: var(--surface); }`;

describe("declarationsFor", () => {
  it("collects custom properties of the blocks a selector appears in, skipping comments and at-rules", () => {
    expect(declarationsFor(globals, ":root")).toEqual({ "--surface": "var(--color-white)", "--fg": "var(--color-zinc-900)" });
    expect(declarationsFor(globals, ".dark")).toEqual({ "--surface": "var(--color-zinc-900)" });
    expect(declarationsFor(globals, ".nothing")).toEqual({});
  });
});

describe("paletteColors", () => {
  it("reads the colour variables of Tailwind's theme, nested blocks and all", () => {
    expect(paletteColors(palette)).toEqual({ "--color-zinc-900": "oklch(21% 0.006 285.885)", "--color-white": "#fff" });
  });
});

describe("readThemeColors", () => {
  it("resolves each token per theme; dark inherits what it does not redefine", () => {
    const { light, dark } = readThemeColors(globals, palette);
    expect(light.surface).toEqual([1, 1, 1]);
    expect(dark.surface).toEqual(light.fg);
    expect(dark.fg).toEqual(light.fg);
    expect(Object.keys(light).sort()).toEqual(["fg", "surface"]);
  });

  it("throws on a token it cannot read instead of skipping it", () => {
    expect(() => readThemeColors(":root { --fg: var(--color-nope); }", palette)).toThrow(/--fg/);
  });
});
