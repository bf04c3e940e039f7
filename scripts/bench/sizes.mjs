// First-load JavaScript per route, read from the build's own route bundle stats
// (.next/diagnostics/route-bundle-stats.json, written by `next build` in Next 16), gzipped here.
// Deterministic: same build → same bytes. Used by the bench and by scripts/check-budgets.mjs.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const STATS = "diagnostics/route-bundle-stats.json";
/** gzip level 9, as a CDN would serve static assets; level changes a few percent at most. */
const GZIP = { level: 9 };
/**
 * recharts marker strings: class names recharts writes into the DOM, so they survive
 * minification. Any chunk containing one of them carries recharts.
 */
const RECHARTS_MARKERS = ["recharts-wrapper", "recharts-surface", "recharts-legend-wrapper"];
/** How a Turbopack chunk names another chunk it may load later (next/dynamic, React.lazy). */
const CHUNK_REF = /static\/chunks\/[\w.-]+\.js/g;

/** Internal routes Next adds to every app; they are not product pages. */
export const INTERNAL_ROUTES = new Set(["/_global-error"]);

function readChunk(projectDir, rel, cache) {
  if (!cache.has(rel)) {
    const buf = fs.readFileSync(path.join(projectDir, rel));
    const text = buf.toString("utf8");
    cache.set(rel, {
      raw: buf.length,
      gzip: zlib.gzipSync(buf, GZIP).length,
      recharts: RECHARTS_MARKERS.some((m) => text.includes(m)),
      refs: [...new Set(text.match(CHUNK_REF) ?? [])],
    });
  }
  return cache.get(rel);
}

/** Every chunk a route can load: its first-load chunks plus those they load lazily, transitively. */
function reachable(projectDir, distDir, firstLoad, cache) {
  const seen = new Set(firstLoad);
  const queue = [...firstLoad];
  while (queue.length) {
    const rel = queue.pop();
    if (!fs.existsSync(path.join(projectDir, rel))) continue;
    for (const name of readChunk(projectDir, rel, cache).refs) {
      const ref = path.join(distDir, name);
      if (!seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  }
  return [...seen].filter((rel) => fs.existsSync(path.join(projectDir, rel)));
}

/**
 * @param {string} projectDir the Next project (where `.next` lives)
 * @returns {{ route: string, raw: number, gzip: number, chunks: number, firstLoadRecharts: boolean,
 *   lazyRecharts: boolean, lazyGzip: number }[]}
 */
export function measureRouteSizes(projectDir, distDir = ".next") {
  const file = path.join(projectDir, distDir, STATS);
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run \`next build\` first`);
  const stats = JSON.parse(fs.readFileSync(file, "utf8"));
  const cache = new Map();
  return stats
    .filter((s) => !INTERNAL_ROUTES.has(s.route))
    .map((s) => {
      const first = s.firstLoadChunkPaths.filter((p) => p.endsWith(".js")).map((p) => path.normalize(p));
      const firstInfo = first.map((rel) => readChunk(projectDir, rel, cache));
      const all = reachable(projectDir, distDir, first, cache);
      const lazy = all.filter((rel) => !first.includes(rel)).map((rel) => readChunk(projectDir, rel, cache));
      return {
        route: s.route,
        raw: firstInfo.reduce((n, c) => n + c.raw, 0),
        gzip: firstInfo.reduce((n, c) => n + c.gzip, 0),
        chunks: first.length,
        firstLoadRecharts: firstInfo.some((c) => c.recharts),
        lazyRecharts: lazy.some((c) => c.recharts),
        lazyGzip: lazy.reduce((n, c) => n + c.gzip, 0),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export const kB = (bytes) => (bytes / 1000).toFixed(1);
