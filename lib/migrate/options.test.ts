import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { toMigrationModel } from "./model";
import { fromOptions, targetOptions } from "./options";

const TODAY = "2026-11-25";
const models = loadCatalog().map(toMigrationModel);
const byId = new Map(models.map((m) => [m.id, m]));

describe("select options", () => {
  it("groups every catalog ID by today's status", () => {
    const groups = fromOptions(models, TODAY);
    expect(groups.map((g) => g.label)).toEqual(["Shut down", "Deprecated (retiring)", "Active", "Status unknown"]);
    expect(groups.reduce((n, g) => n + g.options.length, 0)).toBe(models.length);
    expect(groups[0]!.options.map((o) => o.id)).toContain("gpt-4.1-nano");
    expect(groups[1]!.options.find((o) => o.id === "gpt-4o-mini-2024-07-18")?.label).toBe("gpt-4o-mini-2024-07-18 (snapshot of gpt-4o-mini)");
  });

  it("offers the named replacements first, then callable small models", () => {
    const [named, others] = targetOptions(byId.get("gpt-5-mini")!, models, TODAY);
    expect(named!.options.map((o) => o.label)).toEqual([
      "gpt-6.1-terra (recommended) – not in our catalog yet",
      "gpt-5.6-terra (alternative reading) – not in our catalog yet",
    ]);
    expect(others!.options.map((o) => o.id)).toEqual([
      "gpt-4.1-mini",
      "gpt-4o-mini",
      "gpt-5-nano",
      "gpt-5.4-mini",
      "gpt-5.4-nano",
      "gpt-5.6-luna",
      "gpt-6-luna",
    ]);
  });
});
