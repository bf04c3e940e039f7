import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { missingModelHref, modelHref, modelIdFromPath, resolveModelPath } from "./model";

const ids = fixtureCatalog.map((e) => e.id);

describe("model page links", () => {
  it("point at /models/<id>, the ID encoded", () => {
    expect(modelHref("gpt-5.4-nano")).toBe("/models/gpt-5.4-nano");
    expect(modelHref("gpt-4o-2024-05-13")).toBe("/models/gpt-4o-2024-05-13");
    expect(modelHref("a/b?c")).toBe("/models/a%2Fb%3Fc");
    expect(missingModelHref("gpt 9?")).toBe("/missing-model/gpt%209%3F");
  });
});

describe("modelIdFromPath", () => {
  it("reads the one segment after /models/, decoded", () => {
    expect(modelIdFromPath("/models/GPT-4O-MINI")).toBe("GPT-4O-MINI");
    expect(modelIdFromPath("/models/a%2Fb")).toBe("a/b");
  });

  it("is null for other paths and malformed escapes", () => {
    for (const path of ["/models", "/models/", "/models/a/b", "/compare", "/modelsx/a", "/models/%E0%A4%A"]) {
      expect(modelIdFromPath(path), path).toBeNull();
    }
  });
});

describe("resolveModelPath", () => {
  it("serves a catalog ID as it is", () => {
    expect(resolveModelPath("/models/gamma-mini", ids)).toEqual({ kind: "model" });
    expect(resolveModelPath("/models/gamma-mini-2025-04-14", ids)).toEqual({ kind: "model" });
  });

  it("redirects an ID in other letters' case to the catalog's spelling", () => {
    expect(resolveModelPath("/models/GAMMA-MINI", ids)).toEqual({ kind: "redirect", path: "/models/gamma-mini" });
    expect(resolveModelPath("/models/Omega-2024-05-13", ids)).toEqual({ kind: "redirect", path: "/models/omega-2024-05-13" });
    expect(resolveModelPath("/models/%47amma-mini", ids)).toEqual({ kind: "redirect", path: "/models/gamma-mini" });
  });

  it("sends an unknown ID to the missing-model page", () => {
    expect(resolveModelPath("/models/gama-mini", ids)).toEqual({ kind: "unknown", path: "/missing-model/gama-mini" });
    expect(resolveModelPath("/models/gamma%20mini", ids)).toEqual({ kind: "unknown", path: "/missing-model/gamma%20mini" });
  });

  it("does not guess between two IDs that differ only in case", () => {
    expect(resolveModelPath("/models/AB", ["ab", "Ab"])).toEqual({ kind: "unknown", path: "/missing-model/AB" });
  });

  it("leaves every other path to the router", () => {
    expect(resolveModelPath("/models", ids)).toEqual({ kind: "other" });
    expect(resolveModelPath("/models/gamma-mini/extra", ids)).toEqual({ kind: "other" });
  });
});
