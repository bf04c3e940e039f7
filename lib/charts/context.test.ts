import { describe, expect, it } from "vitest";

import { buildContextChart } from "./context";
import { model } from "./fixtures.test-helpers";

describe("buildContextChart", () => {
  it("orders by context window, keeps exact numbers and lists what is missing", () => {
    const c = buildContextChart([
      model("small", { contextWindow: 128_000, maxOutput: 16_384 }),
      model("big", { contextWindow: 1_047_576, maxOutput: 32_768 }),
      model("half", { contextWindow: 200_000, maxOutput: null }),
      model("none", { contextWindow: null, maxOutput: null }),
      model("big-snap", { kind: "snapshot", aliasId: "big", contextWindow: 1_047_576 }),
    ]);
    expect(c.bars.map((b) => [b.id, b.contextWindow, b.maxOutput])).toEqual([
      ["big", 1_047_576, 32_768],
      ["half", 200_000, null],
      ["small", 128_000, 16_384],
    ]);
    expect(c.notPublished.map((m) => m.id)).toEqual(["none"]);
    expect(c.gaps).toEqual([{ key: "maxOutput", models: ["half"] }]);
  });
});
