/**
 * Hostile-link probes for any view (Playwright). Given a route and its URL keys, opens the route
 * with script-injection payloads in each key and checks that nothing ran (no dialog, no global
 * set by a payload, no console or page error), that no element or handler came from a payload,
 * and that the server answered (no 5xx).
 *
 *   import { describeInjectionProbes } from "./hostile";
 *   describeInjectionProbes({ route: "/calculator", keys: ["in", "out", "tier", "m"] });
 */
import { expect, test, type Page } from "@playwright/test";

/** Each payload tries a different context: HTML body, attribute, URL, script string, <title>, template. */
export const INJECTION_PAYLOADS = [
  `<script>window.__pwned=1;alert("xss-script")</script>`,
  `"><img src=x onerror="window.__pwned=1;alert('xss-img')">`,
  `javascript:window.__pwned=1;alert('xss-url')`,
  `';window.__pwned=1;alert('xss-js');//`,
  `</title><svg onload="window.__pwned=1;alert('xss-title')"></svg>`,
  `{{constructor.constructor('window.__pwned=1;alert(1)')()}}`,
] as const;

type ProbeReport = {
  dialogs: string[];
  errors: string[];
  pwned: boolean;
  injected: string[];
  status: number;
  /** The payload's first characters appear in the page's visible text (echoed as text, e.g. in a notice). */
  shownAsText: boolean;
};

/** How much of a payload must appear as text: notices cut echoed values at 60 characters. */
const ECHO_PREFIX = 30;

/** Opens `route` with `payload` in `key` (other params from `base`) and reports what happened. */
async function probe(
  page: Page,
  route: string,
  key: string,
  payload: string,
  base: Record<string, string> = {},
): Promise<ProbeReport> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") errors.push(m.text());
  };
  const onPageError = (e: Error) => errors.push(e.message);
  page.on("dialog", onDialog);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  try {
    const q = new URLSearchParams(base);
    q.set(key, payload);
    const res = await page.goto(`${route}?${q.toString()}`);
    await page.waitForLoadState("load");
    // Hydration and any client effect run after load; give them a turn before judging.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const found = await page.evaluate((prefix) => {
      const injected: string[] = [];
      for (const el of Array.from(document.querySelectorAll("*"))) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) injected.push(`${el.tagName} ${a.name}`);
          if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction)$/i.test(a.name))
            injected.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
        }
      }
      for (const img of Array.from(document.querySelectorAll("img[src='x']"))) injected.push(img.outerHTML.slice(0, 80));
      // Our own inline scripts never mention __pwned outside a JSON string; a live one would run as code.
      for (const s of Array.from(document.querySelectorAll("script"))) {
        const t = s.textContent ?? "";
        if (/^\s*window\.__pwned/.test(t)) injected.push(`script ${t.slice(0, 40)}`);
      }
      return {
        injected,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
        shownAsText: document.body.innerText.toLowerCase().includes(prefix),
      };
    }, payload.slice(0, ECHO_PREFIX).toLowerCase());
    return { dialogs, errors, status: res?.status() ?? 0, ...found };
  } finally {
    page.off("dialog", onDialog);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  }
}

/** Asserts a probe found nothing. */
function expectInert(r: ProbeReport, label: string) {
  expect(r.status, `${label}: HTTP status`).toBeLessThan(500);
  expect(r.dialogs, `${label}: dialogs`).toEqual([]);
  expect(r.pwned, `${label}: a payload ran`).toBe(false);
  expect(r.injected, `${label}: elements or handlers from the payload`).toEqual([]);
  expect(r.errors, `${label}: console or page errors`).toEqual([]);
}

/**
 * One test per key: every payload in that key, the other keys at `base`. `echoedKeys` are keys
 * whose unreadable value the page names in a notice: there the payload must show up as text.
 */
export function describeInjectionProbes({
  route,
  keys,
  base = {},
  echoedKeys = [],
}: {
  route: string;
  keys: readonly string[];
  base?: Record<string, string>;
  echoedKeys?: readonly string[];
}) {
  test.describe(`injection probes on ${route}`, () => {
    for (const key of keys) {
      test(`"${key}" executes nothing and injects nothing`, async ({ page }) => {
        test.setTimeout(90_000); // one page load per payload
        for (const payload of INJECTION_PAYLOADS) {
          const label = `${route} ${key}=${payload}`;
          const report = await probe(page, route, key, payload, base);
          expectInert(report, label);
          if (echoedKeys.includes(key)) expect(report.shownAsText, `${label}: shown as text`).toBe(true);
        }
      });
    }
    test("every key at once executes nothing", async ({ page }) => {
      const all = Object.fromEntries(keys.map((k, i) => [k, INJECTION_PAYLOADS[i % INJECTION_PAYLOADS.length]!]));
      const [first, ...rest] = keys;
      if (!first) return;
      expectInert(
        await probe(page, route, first, all[first]!, { ...base, ...Object.fromEntries(rest.map((k) => [k, all[k]!])) }),
        `${route} all keys`,
      );
    });
  });
}

/** Width and height from a PNG's IHDR chunk; fails when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1"), "IHDR first").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
