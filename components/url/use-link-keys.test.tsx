// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { useLinkKeys } from "./use-link-keys";

let query = "";
vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams(query) }));

const keys = { reasoning: "rf", q: "q" } as const;
const old = { reasoning: "rsn" } as const;

describe("useLinkKeys", () => {
  beforeEach(() => {
    query = "";
  });

  it("spells a renamed key the old way only while the URL carries only the old one", () => {
    query = "rsn=yes&q=nano";
    const { result, rerender } = renderHook(() => useLinkKeys(keys, old));
    expect(result.current).toEqual({ reasoning: "rsn", q: "q" });
    const first = result.current;
    query = "rsn=yes&q=mini";
    rerender();
    // Same spelling, same object: nuqs is not handed new keys on every keystroke.
    expect(result.current).toBe(first);
    query = "rsn=yes&rf=no";
    rerender();
    expect(result.current).toEqual(keys);
    // Set back to its default, the old key is gone from the URL: the new one is read (and absent).
    query = "q=mini";
    rerender();
    expect(result.current).toEqual(keys);
  });
});
