import { describe, expect, it } from "vitest";

import { dailyMemo, dailyResponse, etagOf } from "./daily";

describe("daily documents", () => {
  it("builds once per day and key, again when the day changes", () => {
    const calls: string[] = [];
    const doc = dailyMemo((day, key) => {
      calls.push(`${day}|${key}`);
      return `${day}:${key}`;
    });
    expect(doc("2026-12-10", "a").body).toBe("2026-12-10:a");
    doc("2026-12-10", "a");
    doc("2026-12-10", "b");
    doc("2026-12-11", "a");
    expect(calls).toEqual(["2026-12-10|a", "2026-12-10|b", "2026-12-11|a"]);
  });

  it("keeps a bounded number of keys, dropping the oldest", () => {
    let n = 0;
    const doc = dailyMemo(() => String(n++), 2);
    doc("d", "a");
    doc("d", "b");
    doc("d", "c");
    expect(doc("d", "b").body).toBe("1");
    expect(doc("d", "a").body).toBe("3");
  });

  it("hashes the body into a quoted, stable ETag", () => {
    expect(etagOf("x")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf("x")).toBe(etagOf("x"));
    expect(etagOf("x")).not.toBe(etagOf("y"));
  });

  it("answers with the day's lifetime and ETag, or a 304 without a body", async () => {
    const doc = { body: "<feed/>", etag: '"abc"' };
    const now = new Date("2026-12-10T18:00:00Z");
    const ok = dailyResponse(new Request("https://x.test/f"), doc, { "Content-Type": "application/atom+xml" }, now);
    expect([ok.status, ok.headers.get("cache-control"), ok.headers.get("etag"), await ok.text()]).toEqual([
      200,
      "public, max-age=600, s-maxage=600",
      '"abc"',
      "<feed/>",
    ]);
    const again = new Request("https://x.test/f", { headers: { "If-None-Match": '"abc"' } });
    const notModified = dailyResponse(again, doc, { "Content-Type": "application/atom+xml" }, now);
    expect([notModified.status, notModified.headers.get("content-type"), await notModified.text()]).toEqual([304, null, ""]);
  });
});
