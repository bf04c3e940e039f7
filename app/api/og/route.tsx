/**
 * Share preview images: GET /api/og?view=<view>&<the view's own parameters> → 1200×630 PNG that
 * summarises that state (e.g. the compared models and their monthly cost). Route handler rather
 * than opengraph-image.tsx because the image depends on the query. Fonts come from the `geist`
 * package on disk; nothing is fetched.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import type { SearchParams } from "nuqs/server";

import { ShareCardImage } from "@/components/share/share-card-image";
import { safeCard, type ShareCard } from "@/lib/share/card";
import { OG_IMAGE_SIZE } from "@/lib/share/metadata";
import { isShareView, SHARE_VIEWS } from "@/lib/share/views";

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
/** Read once per server process. */
const fonts = Promise.all([
  readFile(path.join(FONT_DIR, "Geist-Regular.ttf")),
  readFile(path.join(FONT_DIR, "Geist-Bold.ttf")),
]).then(([regular, bold]) => [
  { name: "Geist", data: regular, weight: 400 as const, style: "normal" as const },
  { name: "Geist", data: bold, weight: 700 as const, style: "normal" as const },
]);

/** The same image for the same query for an hour (lifecycle can change with the date). */
const CACHE_CONTROL = "public, max-age=3600, s-maxage=3600";
/**
 * Drawn PNGs by card: a card is the whole input of the image, so links that differ only in
 * parameter order or ignored keys share one entry. Drawing takes ~80 ms of CPU; a link posted to
 * a busy channel is fetched by many previews at once, and the pending promise is shared too.
 * About 40 kB per image: 300 entries stay under 15 MB.
 */
const images = new LRUCache<string, Promise<ArrayBuffer>>({ max: 300, ttl: 3_600_000 });
/** Params beyond this many are not read (a real link has fewer than 15). */
const MAX_PARAMS = 50;

const FALLBACK: ShareCard = {
  eyebrow: "Navigator",
  title: "Small Model Navigator",
  subtitle: "Choose an OpenAI small model: sourced prices, limits, benchmarks and lifecycle.",
  footer: "Prices in USD per 1M tokens",
};

function toSearchParams(url: URL): SearchParams {
  const out: Record<string, string | string[]> = {};
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (key === "view" || ++n > MAX_PARAMS) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export async function GET(request: NextRequest) {
  const view = request.nextUrl.searchParams.get("view");
  let card = FALLBACK;
  try {
    if (isShareView(view)) card = SHARE_VIEWS[view](toSearchParams(request.nextUrl)).card;
  } catch (e) {
    // A share image must never fail a link preview: log and draw the generic card.
    console.error("share image for", view, e);
  }
  const safe = safeCard(card);
  const key = JSON.stringify(safe);
  let png = images.get(key);
  if (!png) {
    png = draw(safe);
    images.set(key, png);
    // A failed drawing is not remembered: the next request tries again.
    png.catch(() => images.delete(key));
  }
  return new Response(await png, { headers: { "Content-Type": "image/png", "Cache-Control": CACHE_CONTROL } });
}

async function draw(card: ShareCard): Promise<ArrayBuffer> {
  return new ImageResponse(<ShareCardImage card={card} />, { ...OG_IMAGE_SIZE, fonts: await fonts }).arrayBuffer();
}
