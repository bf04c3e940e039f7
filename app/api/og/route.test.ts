import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { GET } from "./route";

// The share text loads the catalog itself: give it the fixture catalog instead of data/.
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => bytes[i] === b)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

afterEach(() => vi.restoreAllMocks());

async function image(query: string) {
  const res = await GET(new NextRequest(`http://localhost/api/og?${query}`));
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe("share image route", () => {
  it("draws 1200×630 PNGs for several states without touching the network", { timeout: 60_000 }, async () => {
    // The renderer loads its own WebAssembly from data: URLs; anything else would be the network.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith("data:")) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error("network is not allowed"));
    });
    // A view whose share text throws is drawn as the plain card and logged: none may.
    const failures = vi.spyOn(console, "error");
    for (const q of [
      "view=compare&m=alpha-mini,alpha-nano",
      "view=compare&m=gamma-mini-2025-04-14,zeta-old,beta-lite,alpha-nano&tier=batch&in=99999999999",
      "view=catalog&q=%E6%97%A5%E6%9C%AC%F0%9F%98%80&sort=-input",
      "view=catalog",
      "view=calculator",
      "view=%3Cscript%3E",
      "",
    ]) {
      const { res, bytes } = await image(q);
      expect(res.status, q).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(pngSize(bytes), q).toEqual({ width: 1200, height: 630 });
    }
    expect(network).toEqual([]);
    expect(failures).not.toHaveBeenCalled();
  });
});
