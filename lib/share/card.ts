/**
 * A share preview (Open Graph / Twitter card) as plain data: what the image says about a
 * linked state. One renderer (components/share/share-card.tsx) draws every view's card, so a
 * view only has to say what to show.
 */

export type ShareCardColumn = {
  heading: string;
  /** Under the heading: "Shut down", "alias", … */
  badge?: string;
  badgeTone?: "good" | "warn" | "bad" | "neutral";
};

export type ShareCard = {
  /** The view's name, above the title. */
  eyebrow: string;
  title: string;
  subtitle?: string;
  /** A small table: column headings (models) and labelled rows of values. */
  table?: {
    columns: ShareCardColumn[];
    rows: { label: string; values: string[]; best?: boolean[] }[];
  };
  /**
   * A small bar chart (the charts view's benchmark): bars scale to `max`, each labelled with
   * its exact value. Values are drawn as given, never re-derived.
   */
  bars?: { caption: string; max: number; items: { label: string; value: number; display: string }[] };
  /** A short list (e.g. the first rows of the catalog). */
  lines?: { label: string; value: string }[];
  footer: string;
};

/**
 * Characters the bundled Geist fonts can draw beyond printable ASCII. The image renderer fetches
 * a fallback font from the network for any other character, so everything we draw is filtered
 * through `ogText` first (checked against the font files in a unit test).
 */
export const OG_EXTRA_GLYPHS = "·–—×→≥≤“”‘’…•éü";
const allowed = new Set(OG_EXTRA_GLYPHS);

/** Text safe to draw with the bundled fonts: other characters become "?"; long text is cut. */
export function ogText(s: string, max = 120): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    out += (c >= 0x20 && c <= 0x7e) || allowed.has(ch) ? ch : c === 0x0a || c === 0x09 ? " " : "?";
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** Bars that fit under a title on a 630 px card. */
export const MAX_BARS = 6;

/** Every string of a card through `ogText` (titles get more room than cells). */
export function safeCard(card: ShareCard): ShareCard {
  return {
    eyebrow: ogText(card.eyebrow, 40),
    title: ogText(card.title, 90),
    ...(card.subtitle ? { subtitle: ogText(card.subtitle, 160) } : {}),
    ...(card.table
      ? {
          table: {
            columns: card.table.columns.map((c) => ({
              ...c,
              heading: ogText(c.heading, 40),
              ...(c.badge ? { badge: ogText(c.badge, 24) } : {}),
            })),
            rows: card.table.rows.map((r) => ({ ...r, label: ogText(r.label, 30), values: r.values.map((v) => ogText(v, 30)) })),
          },
        }
      : {}),
    ...(card.bars
      ? {
          bars: {
            caption: ogText(card.bars.caption, 80),
            max: card.bars.max,
            items: card.bars.items
              .slice(0, MAX_BARS)
              .map((b) => ({ ...b, label: ogText(b.label, 40), display: ogText(b.display, 20) })),
          },
        }
      : {}),
    ...(card.lines ? { lines: card.lines.map((l) => ({ label: ogText(l.label, 40), value: ogText(l.value, 60) })) } : {}),
    footer: ogText(card.footer, 140),
  };
}
