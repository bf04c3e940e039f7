import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import { byId, migrationModel as m, naming } from "./fixtures.test-helpers";
import type { MigrationModel } from "./model";
import { recommendMigration } from "./recommendation";
import {
  destinationCostText,
  destinationFitText,
  destinationLifeText,
  destinationsShown,
  officialText,
  pickReasonText,
  soonerFitText,
} from "./recommendation-text";

const recommend = (from: MigrationModel, fineTuning = false) => recommendMigration(from, byId, ARTICLE, { fineTuning }, TODAY);

describe("the recommendation in words (fixture catalog, article workload)", () => {
  it("prices each option against today's model", () => {
    const r = recommend(m("delta-nano"));
    // beta-lite $10.50 against delta-nano's $7.50: +$3, +40%.
    expect(destinationCostText(r.pick!, "delta-nano")).toBe("$10.50 a month: +$3.00 (+40%) against delta-nano's $7.50.");
    expect(destinationCostText(r.named[0]!, "delta-nano")).toBe("delta-next is not in this catalog yet: no sourced price.");
    // $27 → $10.50: −$16.50, −61.1%.
    expect(destinationCostText(recommend(m("gamma-mini")).pick!, "gamma-mini")).toBe(
      "$10.50 a month: -$16.50 (-61.1%) against gamma-mini's $27.00.",
    );
    // alpha-nano-2026-03-01 is priced like its alias: $11.25 both.
    const same = naming("alpha-nano-2026-03-01", [{ id: "alpha-nano", readOn: "2026-11-20", source: "page" }]);
    expect(destinationCostText(recommend(same).named[0]!, same.id)).toBe(
      "$11.25 a month: the same as alpha-nano-2026-03-01's $11.25.",
    );
    expect(destinationCostText(recommend(m("omega-2024-05-13")).pick!, "omega-2024-05-13")).toBe(
      "$10.50 a month (omega-2024-05-13 has no price to compare with).",
    );
  });

  it("says whether each option meets the old model's capabilities, and what it lacks", () => {
    expect(destinationFitText(recommend(m("gamma-mini")).pick!, "gamma-mini")).toBe("Meets gamma-mini's capabilities.");
    expect(destinationFitText(recommend(m("gamma-mini"), true).pick!, "gamma-mini")).toBe(
      "Lacks what gamma-mini offers: fine-tuning (you said you use it).",
    );
    const r = recommend(naming("gamma-mini", [{ id: "alpha-nano", readOn: "2026-11-20", source: "maker" }]));
    expect(destinationFitText(r.named[0]!, "gamma-mini")).toBe(
      "Lacks what gamma-mini offers: a context window of at least 1,047,576 tokens.",
    );
    expect(destinationFitText(recommend(m("delta-nano")).named[0]!, "delta-nano")).toBeNull();
  });

  it("says when an option that may not lead stops", () => {
    const r = recommend(
      naming("delta-nano", [
        { id: "gamma-mini", readOn: "2026-06-11", source: "maker" },
        { id: "gamma-nano", readOn: "2026-06-11", source: "page" },
      ]),
    );
    // gamma-mini: $0.40 + 0.5 × $1.00 = $0.90 a day → $27.
    expect(r.named.map(destinationLifeText)).toEqual([
      "gamma-mini is $27.00 a month but shuts down on Jan 14, 2027 (in 50 days).",
      "Shut down on Oct 23, 2026: calls to it fail.",
    ]);
    expect(destinationLifeText(r.pick!)).toBeNull();
    expect(pickReasonText(r, "delta-nano")).toBe(
      "gamma-mini shuts down on Jan 14, 2027; gamma-nano is shut down. beta-lite is the cheapest callable model that meets delta-nano's capabilities.",
    );
    expect(officialText(r)).toBe("OpenAI's own guidance names gamma-mini.");
  });

  it("says why the pick leads and who names it", () => {
    const gamma = recommend(m("gamma-mini"));
    expect(pickReasonText(gamma, "gamma-mini")).toBe(
      "Our sources name beta-lite as the replacement (third-party readings of OpenAI's notices).",
    );
    expect(officialText(gamma)).toBe(
      "None of the replacements named here comes from OpenAI's own pages: they are third-party readings.",
    );

    const official = recommend(naming("gamma-mini", [{ id: "beta-lite", readOn: "2026-11-20", source: "maker" }]));
    expect(pickReasonText(official, "gamma-mini")).toBe("OpenAI's own guidance names beta-lite as the replacement.");
    // The reason says it already.
    expect(officialText(official)).toBeNull();
    const two = recommend(
      naming("gamma-mini", [
        { id: "beta-lite", readOn: "2026-11-20", source: "maker" },
        { id: "alpha-nano", readOn: "2026-11-20", source: "maker" },
      ]),
    );
    expect(officialText(two)).toBe("OpenAI's own guidance names beta-lite and alpha-nano.");

    expect(pickReasonText(recommend(m("delta-nano")), "delta-nano")).toBe(
      "delta-next is not in this catalog yet; delta-alt is not in this catalog yet. beta-lite is the cheapest callable model that meets delta-nano's capabilities.",
    );
    const zeta = recommend(m("zeta-old"));
    expect(pickReasonText(zeta, "zeta-old")).toBe(
      "Our sources name no replacement. beta-lite is the cheapest callable model that meets zeta-old's capabilities.",
    );
    expect(officialText(zeta)).toBeNull();

    // Nothing callable offers fine-tuning, and the only named replacement is shut down.
    const none = recommend(naming("gamma-mini", [{ id: "gamma-nano", readOn: "2026-06-11", source: "page" }]), true);
    expect(none.pick).toBeNull();
    expect(pickReasonText(none, "gamma-mini")).toBe(
      "None of the named replacements can be recommended (gamma-nano is shut down), and no callable model in this catalog meets gamma-mini's capabilities.",
    );
  });

  it("names a cheaper model that retires sooner second, and lists every option once, the pick first", () => {
    const r = recommend(m("gamma-nano"));
    expect(soonerFitText(r)).toBe(
      "delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days). It meets the capabilities, but is not recommended first.",
    );
    expect(destinationsShown(r).map((d) => d.id)).toEqual(["beta-lite", "delta-nano"]);
    expect(destinationsShown(recommend(m("delta-nano"))).map((d) => d.id)).toEqual(["beta-lite", "delta-next", "delta-alt"]);
    expect(soonerFitText(recommend(m("gamma-mini")))).toBeNull();
  });
});
