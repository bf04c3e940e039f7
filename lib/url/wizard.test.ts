import { describe, expect, it } from "vitest";

import {
  firstUnansweredStep,
  ignoredWizardParams,
  loadWizardParams,
  resolveStep,
  sanitizeWizardState,
  serializeWizard,
  toWizardAnswers,
  wizardHref,
} from "./wizard";

const load = (q: string) => sanitizeWizardState(loadWizardParams(new URLSearchParams(q)));
const ignored = (q: string) => {
  const sp: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(q)) sp[k] = k in sp ? [...([] as string[]).concat(sp[k]!), v] : v;
  return ignoredWizardParams(sp).map((i) => i.key);
};
const FULL =
  "s=result&p=cost&p2=quality&ti=10000&tl=300000&img=yes&in=1000000&out=500000&prompt=Summarise+this&prompt=Translate%2C+please";

describe("wizard URL contract", () => {
  it("reads every answer from short keys", () => {
    const s = load(FULL);
    expect(s).toMatchObject({
      step: "result",
      primary: "cost",
      secondary: "quality",
      typical: 10_000,
      largest: 300_000,
      images: "yes",
      audio: null,
      mode: "tokens",
      inPerDay: 1_000_000,
      outPerDay: 500_000,
      prompts: ["Summarise this", "Translate, please"],
      lang: "node",
    });
    expect(ignored(FULL)).toEqual([]);
  });

  it("round-trips through the serializer (the permalink)", () => {
    const s = load(FULL);
    const href = serializeWizard("/wizard", s);
    expect(href).toBe(
      "/wizard?s=result&p=cost&p2=quality&ti=10000&tl=300000&img=yes&in=1000000&out=500000&prompt=Summarise+this&prompt=Translate,+please",
    );
    expect(load(href.split("?")[1]!)).toEqual(s);
    // Defaults stay out of the link.
    expect(serializeWizard("/wizard", { ...s, step: 1, mode: "tokens", lang: "node" })).not.toMatch(/[?&](s|wm|lang)=/);
  });

  it("ignores garbage, negative, huge and contradictory values, and says which", () => {
    expect(ignored("s=9&p=best&tl=-5&ti=1e6&img=maybe&in=99999999999999&rpd=0&lang=rust")).toEqual([
      "s",
      "p",
      "ti",
      "tl",
      "img",
      "in",
      "rpd",
      "lang",
    ]);
    const s = load("s=9&p=best&tl=-5&in=99999999999999");
    expect(s).toMatchObject({ step: 1, primary: null, largest: null, inPerDay: null });
    expect(ignored("p=cost&p2=cost")).toEqual(["p2"]);
    expect(load("p=cost&p2=cost").secondary).toBeNull();
    expect(ignored("ti=500000&tl=1000")).toEqual(["ti"]);
    expect(load("ti=500000&tl=1000").typical).toBeNull();
  });

  it("rejects prompts that are too many, too long or look like an API key", () => {
    expect(ignored("prompt=a&prompt=b&prompt=c&prompt=d")).toEqual(["prompt"]);
    expect(ignored(`prompt=${"x".repeat(501)}`)).toEqual(["prompt"]);
    expect(ignored("prompt=use+sk-abcdefghijklmnopqrstuvwxyz+now")).toEqual(["prompt"]);
    expect(load("prompt=use+sk-abcdefghijklmnopqrstuvwxyz+now").prompts).toEqual([]);
    const sp = { prompt: "use sk-abcdefghijklmnopqrstuvwxyz now" };
    expect(ignoredWizardParams(sp)[0]!.value).not.toContain("sk-");
  });

  it("lands a link on the first unanswered step, and says where it pointed", () => {
    expect(resolveStep(load(""))).toEqual({ step: 1, landedFrom: null });
    expect(resolveStep(load("s=result&p=cost&img=yes&in=1&out=1"))).toEqual({ step: 2, landedFrom: "result" });
    expect(resolveStep(load("s=4&p=cost"))).toEqual({ step: 2, landedFrom: 4 });
    expect(resolveStep(load("s=3&p=cost&tl=9000"))).toEqual({ step: 3, landedFrom: null });
    expect(resolveStep(load(FULL))).toEqual({ step: "result", landedFrom: null });
    // Going back to an answered step is always allowed.
    expect(resolveStep(load(FULL.replace("s=result", "s=2")))).toEqual({ step: 2, landedFrom: null });
    expect(firstUnansweredStep(load("p=cost&tl=100&img=no&wm=requests&rpd=10"))).toBe(4);
  });

  it("turns answers into the ranking's input, in tokens or requests per day", () => {
    expect(toWizardAnswers(load(FULL))).toEqual({
      primary: "cost",
      secondary: "quality",
      typicalInputTokens: 10_000,
      largestInputTokens: 300_000,
      images: true,
      audio: false,
      workload: {
        inputTokensPerDay: 1_000_000,
        outputTokensPerDay: 500_000,
        reasoningTokensPerDay: 0,
        cachedPercent: 0,
        daysPerMonth: 30,
        inputTokensPerRequest: 10_000,
      },
    });
    // No typical size: the largest is used (conservative); requests × sizes give tokens per day.
    const r = toWizardAnswers(load("p=speed&tl=4000&img=no&aud=yes&wm=requests&rpd=2000&opr=300"));
    expect(r).toMatchObject({
      typicalInputTokens: 4_000,
      audio: true,
      workload: { inputTokensPerDay: 8_000_000, outputTokensPerDay: 600_000 },
    });
    expect(toWizardAnswers(load("p=cost&tl=4000"))).toBeNull();
  });

  it('builds the links into the wizard (the migration planner\'s "run the wizard")', () => {
    expect(wizardHref({ inPerDay: 2_000_000, outPerDay: 500_000 })).toBe("/wizard?in=2000000&out=500000");
    expect(wizardHref({})).toBe("/wizard");
  });
});
