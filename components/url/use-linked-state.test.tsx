// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { useLinkedState, useWrittenKeys } from "./use-linked-state";

type S = { models: string[]; tier: string };

describe("useLinkedState", () => {
  const linked: S = { models: ["gpt-6-luna", "gpt-9"], tier: "batch" };
  const server: S = { models: ["gpt-6-luna"], tier: "batch" };

  it("renders the server's state first, then follows the URL for what changes", () => {
    const { result, rerender } = renderHook(({ url, srv }) => useLinkedState(srv, url), {
      initialProps: { url: linked, srv: server },
    });
    expect(result.current).toEqual(server);
    rerender({ url: { ...linked, tier: "flex" }, srv: server });
    expect(result.current).toEqual({ models: ["gpt-6-luna"], tier: "flex" });
    rerender({ url: { models: ["gpt-5.4-nano"], tier: "flex" }, srv: server });
    expect(result.current).toEqual({ models: ["gpt-5.4-nano"], tier: "flex" });
  });

  it("takes a new server state as the reading of the URL it comes with", () => {
    const { result, rerender } = renderHook(({ url, srv }) => useLinkedState(srv, url), {
      initialProps: { url: linked, srv: server },
    });
    const next: S = { models: ["gpt-5.4-nano"], tier: "standard" };
    const urlNow: S = { models: ["gpt-5.4-nano", "gpt-9"], tier: "standard" };
    rerender({ url: urlNow, srv: next });
    expect(result.current).toEqual(next);
    rerender({ url: { ...urlNow, tier: "flex" }, srv: next });
    expect(result.current).toEqual({ models: ["gpt-5.4-nano"], tier: "flex" });
  });

  it("shows a key the island wrote back to the link's own value (the URL does not change)", () => {
    // The server settled tier "batch" to "standard"; the user chooses "batch": nuqs writes the
    // value the URL already holds, so only the written key can tell the island to show it.
    const settled: S = { ...linked, tier: "standard" };
    const { result, rerender } = renderHook(
      ({ url, srv }) => {
        const [written, mark] = useWrittenKeys(srv);
        return { state: useLinkedState(srv, url, written), mark };
      },
      { initialProps: { url: linked, srv: settled } },
    );
    expect(result.current.state.tier).toBe("standard");
    act(() => result.current.mark({ tier: "batch" }));
    expect(result.current.state.tier).toBe("batch");
    expect(result.current.state.models).toEqual(linked.models);
    // A new server render starts afresh.
    const next: S = { models: [], tier: "standard" };
    rerender({ url: linked, srv: next });
    expect(result.current.state).toEqual(next);
  });
});
