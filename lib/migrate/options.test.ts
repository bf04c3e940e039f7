import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";

import { migrationModel, models, naming } from "./fixtures.test-helpers";
import { allowedTargets, fromOptions, targetOptions } from "./options";

describe("select options", () => {
  it("groups every catalog ID by today's status", () => {
    const groups = fromOptions(models, TODAY);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ["Shut down", ["gamma-nano", "gamma-nano-2025-04-14", "omega-2024-05-13"]],
      ["Deprecated (retiring)", ["delta-nano", "gamma-mini", "gamma-mini-2025-04-14"]],
      [
        "Active",
        ["alpha-mini", "alpha-nano", "alpha-nano-2026-03-01", "beta-lite", "beta-lite-2026-06-01", "omega", "omega-2024-08-06"],
      ],
      ["Status unknown", ["zeta-old"]],
    ]);
    expect(groups[1]!.options.find((o) => o.id === "gamma-mini-2025-04-14")?.label).toBe(
      "gamma-mini-2025-04-14 (snapshot of gamma-mini)",
    );
  });

  it("offers the named replacements first, then callable small models, and marks the planner's pick", () => {
    // delta-nano's replacements are not in the catalog; the planner recommends beta-lite instead.
    const [named, others] = targetOptions(migrationModel("delta-nano"), models, TODAY, "beta-lite");
    expect(named!.options.map((o) => o.label)).toEqual([
      "delta-next – not in our catalog yet",
      "delta-alt – not in our catalog yet",
    ]);
    // Not offered: itself, snapshots, the full-size omega, shut-down gamma-nano, zeta-old of unknown status.
    expect(others!.options.map((o) => o.label)).toEqual([
      "alpha-mini (active)",
      "alpha-nano (active)",
      "beta-lite (active, recommended)",
      "gamma-mini (deprecated)",
    ]);
    // A replacement in the catalog is not offered twice.
    const [named2, others2] = targetOptions(migrationModel("gamma-mini"), models, TODAY, "beta-lite");
    expect(named2!.options.map((o) => o.label)).toEqual(["beta-lite (recommended)"]);
    expect(others2!.options.map((o) => o.id)).toEqual(["alpha-mini", "alpha-nano", "delta-nano"]);
  });

  it("lists a model several sources name once, marked when the maker's own guidance names it", () => {
    const from = naming("gamma-mini", [
      { id: "beta-lite", readOn: "2026-11-20", source: "maker" },
      { id: "beta-lite", readOn: "2026-10-27", source: "page" },
      { id: "alpha-nano", readOn: "2026-10-27", source: "page" },
    ]);
    const [named] = targetOptions(from, models, TODAY, "beta-lite");
    expect(named!.options).toEqual([
      { id: "beta-lite", label: "beta-lite (recommended, OpenAI's guidance)" },
      { id: "alpha-nano", label: "alpha-nano" },
    ]);
  });

  it("allows every catalog ID and the named replacements as a target", () => {
    const ids = new Set(models.map((m) => m.id));
    const allowed = allowedTargets(migrationModel("delta-nano"), ids);
    expect(allowed.size).toBe(ids.size + 2);
    expect([allowed.has("delta-next"), allowed.has("delta-alt"), allowed.has("omega-2024-05-13")]).toEqual([true, true, true]);
    expect(allowedTargets(undefined, ids)).toEqual(ids);
  });
});
