/**
 * Just enough colour science to check WCAG contrast of the design tokens: the CSS colour forms
 * app/globals.css and Tailwind's palette use (hex, oklch, color-mix in oklab), converted to sRGB.
 */

/** sRGB channels in 0..1. */
export type Rgb = readonly [r: number, g: number, b: number];
type Oklab = readonly [l: number, a: number, b: number];

/** WCAG 2.x relative luminance: the sRGB transfer curve's breakpoint and the channel weights. */
const LINEAR_BREAKPOINT = 0.04045;
const LUMINANCE_WEIGHTS = [0.2126, 0.7152, 0.0722] as const;
/** WCAG's flare term, added to both luminances of a contrast ratio. */
const FLARE = 0.05;

const toLinear = (c: number) => (c <= LINEAR_BREAKPOINT ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

export function relativeLuminance([r, g, b]: Rgb): number {
  return LUMINANCE_WEIGHTS[0] * toLinear(r) + LUMINANCE_WEIGHTS[1] * toLinear(g) + LUMINANCE_WEIGHTS[2] * toLinear(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21, in either order. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + FLARE) / (lo + FLARE);
}

/**
 * Colour difference as the Euclidean distance in OKLab (ΔE_OK, 0 to about 1): ~0.02 is barely
 * noticeable side by side; two thin chart lines need far more to be told apart at a glance.
 */
export function deltaEOk(a: Rgb, b: Rgb): number {
  const [x, y] = [rgbToOklab(a), rgbToOklab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

// Björn Ottosson's OKLab matrices (https://bottosson.github.io/posts/oklab/).
function oklabToRgb([L, a, b]: Oklab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const lin = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  // A palette colour outside sRGB is clipped per channel, as a browser without gamut mapping shows it.
  return lin.map((c) => clamp01(fromLinear(clamp01(c)))) as unknown as Rgb;
}

function rgbToOklab(rgb: Rgb): Oklab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363137075 * g + 0.0514589017 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function parseHex(hex: string): Rgb | null {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** A number, a percentage (of `percentOf`) or `none` (0, as CSS treats a missing hue). */
function parseNumber(token: string, percentOf: number): number | null {
  if (token === "none") return 0;
  const n = Number.parseFloat(token);
  if (!Number.isFinite(n)) return null;
  return token.endsWith("%") ? (n / 100) * percentOf : n;
}

function parseOklch(body: string): Rgb | null {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 3) return null;
  const [L, C, H] = [parseNumber(parts[0]!, 1), parseNumber(parts[1]!, 0.4), parseNumber(parts[2]!, 1)];
  if (L === null || C === null || H === null) return null;
  const hue = (H * Math.PI) / 180;
  return oklabToRgb([L, C * Math.cos(hue), C * Math.sin(hue)]);
}

/** Splits on commas outside parentheses. */
function splitArgs(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(body.slice(start).trim());
  return out;
}

/** `color-mix(in oklab, A p%, B)`: the only mix the tokens use (opaque blends, no alpha). */
function parseMix(body: string, resolve: (value: string) => Rgb | null): Rgb | null {
  const [space, first, second] = splitArgs(body);
  if (space !== "in oklab" || !first || !second) return null;
  const m = /^(.*\S)\s+([\d.]+)%$/.exec(first);
  const a = resolve(m ? m[1]! : first);
  const b = resolve(second);
  if (!a || !b) return null;
  const p = m ? Number(m[2]) / 100 : 0.5;
  const [la, lb] = [rgbToOklab(a), rgbToOklab(b)];
  return oklabToRgb(la.map((v, i) => v * p + lb[i]! * (1 - p)) as unknown as Oklab);
}

/**
 * Reads a CSS colour: hex, oklch(), color-mix(in oklab, …) or var(--name) looked up in `vars`
 * (which may hold further var() references). Null for anything else, so a test fails loudly.
 */
export function parseColor(
  value: string,
  vars: Readonly<Record<string, string>> = {},
  seen: ReadonlySet<string> = new Set(),
): Rgb | null {
  const v = value.trim();
  const resolve = (inner: string) => parseColor(inner, vars, seen);
  if (v.startsWith("#")) return parseHex(v);
  const fn = /^([a-z-]+)\((.*)\)$/s.exec(v);
  if (!fn) return null;
  const [, name, body] = fn as unknown as [string, string, string];
  if (name === "oklch") return parseOklch(body);
  if (name === "color-mix") return parseMix(body, resolve);
  if (name === "var") {
    const ref = body.trim();
    if (seen.has(ref) || vars[ref] === undefined) return null;
    return parseColor(vars[ref], vars, new Set([...seen, ref]));
  }
  return null;
}
