import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// Count drawings: the real renderer is replaced by one that returns a fixed byte string.
const drawn = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock("next/og", () => ({
  ImageResponse: class {
    constructor() {
      drawn.count++;
    }
    async arrayBuffer() {
      if (drawn.fail) throw new Error("renderer failed");
      return new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer;
    }
  },
}));

// The share text loads the catalog itself: give it the fixture catalog instead of data/.
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);

const { GET } = await import("./route");
const get = (query: string) => GET(new NextRequest(`http://localhost/api/og?${query}`));

describe("share image cache", () => {
  it("draws one card once, whatever the order of its parameters and however many ask at once", async () => {
    const before = drawn.count;
    const responses = await Promise.all([
      get("view=compare&m=alpha-mini,alpha-nano&tier=batch"),
      get("view=compare&tier=batch&m=alpha-mini,alpha-nano"),
      get("tier=batch&view=compare&m=alpha-mini,alpha-nano&utm_source=x"),
    ]);
    expect(drawn.count - before).toBe(1);
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toContain("max-age=3600");
      expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
    // A different state is a different card.
    await get("view=compare&m=alpha-mini,gamma-nano");
    expect(drawn.count - before).toBe(2);
  });

  it("does not remember a failed drawing", async () => {
    drawn.fail = true;
    await expect(get("view=catalog&q=fails-once")).rejects.toThrow("renderer failed");
    drawn.fail = false;
    const before = drawn.count;
    const res = await get("view=catalog&q=fails-once");
    expect(res.status).toBe(200);
    expect(drawn.count - before).toBe(1);
  });
});
