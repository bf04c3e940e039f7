import { describe, expect, it } from "vitest";

import { contrastRatio, deltaEOk, parseColor, relativeLuminance, type Rgb } from "./color";

const hex = (rgb: Rgb | null) =>
  rgb
    ? `#${rgb
        .map((c) =>
          Math.round(c * 255)
            .toString(16)
            .padStart(2, "0"),
        )
        .join("")}`
    : null;

describe("contrastRatio", () => {
  it("gives WCAG's figures: 21 for black on white, 1 for a colour on itself, either order", () => {
    const white = parseColor("#fff")!;
    const black = parseColor("#000")!;
    expect(contrastRatio(black, white)).toBeCloseTo(21, 6);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 6);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it("matches published ratios of common greys", () => {
    // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
    expect(contrastRatio(parseColor("#767676")!, parseColor("#ffffff")!)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColor("#777777")!, parseColor("#ffffff")!)).toBeCloseTo(4.48, 2);
  });

  it("weights green most in luminance", () => {
    expect(relativeLuminance(parseColor("#00ff00")!)).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance(parseColor("#0000ff")!)).toBeCloseTo(0.0722, 4);
  });
});

describe("parseColor", () => {
  it("reads short and long hex", () => {
    expect(hex(parseColor("#0369a1"))).toBe("#0369a1");
    expect(hex(parseColor("#fff"))).toBe("#ffffff");
    expect(parseColor("#12345")).toBeNull();
  });

  it("converts Tailwind's oklch palette to the sRGB hex Tailwind 3 published", () => {
    expect(hex(parseColor("oklch(50% 0.134 242.749)"))).toBe("#0069a8"); // sky-700
    expect(hex(parseColor("oklch(21% 0.006 285.885)"))).toBe("#18181b"); // zinc-900
    expect(hex(parseColor("oklch(98.5% 0 none)"))).toBe("#fafafa"); // zinc-50, hue "none"
  });

  it("follows var() references and refuses unknown or circular ones", () => {
    const vars = { "--color-sky-700": "oklch(50% 0.134 242.749)", "--accent": "var(--color-sky-700)", "--loop": "var(--loop)" };
    expect(hex(parseColor("var(--accent)", vars))).toBe("#0069a8");
    expect(parseColor("var(--missing)", vars)).toBeNull();
    expect(parseColor("var(--loop)", vars)).toBeNull();
  });

  it("mixes in oklab: 0% and 100% give the ends, 50% a grey between black and white", () => {
    const vars = { "--w": "#ffffff", "--k": "#000000" };
    expect(hex(parseColor("color-mix(in oklab, var(--w) 100%, var(--k))", vars))).toBe("#ffffff");
    expect(hex(parseColor("color-mix(in oklab, var(--w) 0%, var(--k))", vars))).toBe("#000000");
    const mid = relativeLuminance(parseColor("color-mix(in oklab, var(--w) 50%, var(--k))", vars)!);
    expect(mid).toBeCloseTo(0.125, 3); // OKLab lightness is the cube root of luminance
    expect(parseColor("color-mix(in srgb, #fff, #000)")).toBeNull();
  });

  it("refuses forms it does not know rather than guessing", () => {
    expect(parseColor("red")).toBeNull();
    expect(parseColor("rgb(0 0 0)")).toBeNull();
  });
});

describe("deltaEOk", () => {
  it("is 0 for a colour and itself, symmetric, and 1 from black to white (OKLab lightness 0 to 1)", () => {
    const [black, white, amber, orange] = ["#000", "#fff", "#d97706", "#ea580c"].map((c) => parseColor(c)!) as [
      Rgb,
      Rgb,
      Rgb,
      Rgb,
    ];
    expect(deltaEOk(amber, amber)).toBe(0);
    expect(deltaEOk(black, white)).toBeCloseTo(1, 3);
    expect(deltaEOk(amber, orange)).toBeCloseTo(deltaEOk(orange, amber), 12);
    // Tailwind's amber-600 and orange-600: the two near-identical oranges the cost chart once drew.
    expect(deltaEOk(amber, orange)).toBeCloseTo(0.067, 3);
  });
});
