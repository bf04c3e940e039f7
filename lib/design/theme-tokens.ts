import { parseColor, type Rgb } from "./color";

export type ThemeName = "light" | "dark";

/** Custom properties declared in the blocks of `css` whose selector list contains `selector`. */
export function declarationsFor(css: string, selector: string): Record<string, string> {
  const out: Record<string, string> = {};
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const block of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    // The text before a block runs back to the previous block; at-rules without a block end in ";".
    const selectors = block[1]!
      .split(";")
      .pop()!
      .split(",")
      .map((s) => s.trim());
    if (!selectors.includes(selector)) continue;
    for (const decl of block[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[decl[1]!] = decl[2]!.trim();
  }
  return out;
}

/** Every `--color-*` declaration in Tailwind's theme.css (inside its `@theme default` block). */
export function paletteColors(paletteCss: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of paletteCss.matchAll(/(--color-[\w-]+)\s*:\s*([^;]+);/g)) out[decl[1]!] = decl[2]!.trim();
  return out;
}

/**
 * The colour of every design token in each theme: tokens are declared in `:root` (light) and
 * `.dark`, and refer to Tailwind's palette (`paletteCss`, its theme.css). Throws on a value it
 * cannot read, so a token written in a new form fails the contrast test instead of passing it.
 */
export function readThemeColors(globalsCss: string, paletteCss: string): Record<ThemeName, Record<string, Rgb>> {
  const palette = paletteColors(paletteCss);
  const light = declarationsFor(globalsCss, ":root");
  const dark = { ...light, ...declarationsFor(globalsCss, ".dark") };
  const resolve = (decls: Record<string, string>) => {
    const vars = { ...palette, ...decls };
    const colors: Record<string, Rgb> = {};
    for (const [name, value] of Object.entries(decls)) {
      if (name.startsWith("--color-")) continue;
      const rgb = parseColor(value, vars);
      if (!rgb) throw new Error(`Cannot read the colour of ${name}: ${value}`);
      colors[name.slice(2)] = rgb;
    }
    return colors;
  };
  return { light: resolve(light), dark: resolve(dark) };
}
