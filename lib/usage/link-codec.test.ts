import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ByteReader, ByteWriter, fromBase64Url } from "./link-codec";

describe("varints and base64url", () => {
  it("round-trips any safe count and ASCII text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.maxSafeNat(), { maxLength: 20 }),
        fc.string({ maxLength: 30, unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)) }),
        (nums, text) => {
          const w = new ByteWriter();
          nums.forEach((n) => w.uint(n));
          w.text(text);
          const bytes = fromBase64Url(w.toBase64Url());
          if (!bytes.ok) throw new Error(bytes.error);
          const r = new ByteReader(bytes.value);
          expect(nums.map(() => r.uint())).toEqual(nums);
          expect(r.text(100)).toBe(text);
          expect(r.done).toBe(true);
        },
      ),
    );
  });

  it("uses only URL-safe characters and few of them", () => {
    const s = new ByteWriter()
      .uint(0)
      .uint(127)
      .uint(128)
      .uint(2 ** 53 - 1)
      .toBase64Url();
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new ByteWriter().uint(1_000_000).toBase64Url()).toHaveLength(4);
  });

  it("reports damage instead of throwing", () => {
    expect(fromBase64Url("ab$d")).toEqual({ ok: false, error: "it holds “$”, which a summary never does", truncated: false });
    expect(fromBase64Url("abcde")).toMatchObject({ ok: false, truncated: true });
    expect(new ByteReader([200]).uint()).toBeNull();
    expect(new ByteReader([255, 255, 255, 255, 255, 255, 255, 255, 1]).uint()).toBeNull();
    expect(new ByteReader([5, 65]).text(10)).toBeNull();
    expect(new ByteReader([50]).text(10)).toBeNull();
    expect(() => new ByteWriter().uint(-1)).toThrow(RangeError);
  });
});
