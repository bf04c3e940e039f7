import { describe, expect, it } from "vitest";

import { loadWizardPage } from "./wizard-page";

describe("wizard page loader", () => {
  it("reads the link once: contradictions dropped and named, and where a link past a missing answer lands", () => {
    const page = loadWizardPage({ s: "result", p: "cost", p2: "cost", ti: "9000", tl: "8000", img: "maybe" });
    expect(page.state).toMatchObject({
      step: "result",
      primary: "cost",
      secondary: null,
      typical: null,
      largest: 8000,
      images: null,
    });
    expect(page.ignored.map((i) => i.key)).toEqual(["img", "p2", "ti"]);
    expect(page.problems).toEqual([]);
    expect(page.landedFrom).toBe("result");
    expect(page.query).toBe("?s=result&p=cost&tl=8000");
    expect(page.facts.callableSmall).toBeGreaterThan(0);
    expect(page.candidates.length).toBeGreaterThan(0);
  });

  it("an empty link is step 1 with nothing to report", () => {
    const page = loadWizardPage({});
    expect([page.state.step, page.landedFrom, page.ignored, page.problems, page.query]).toEqual([1, null, [], [], ""]);
  });
});
