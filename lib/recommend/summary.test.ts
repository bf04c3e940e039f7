import { describe, expect, it } from "vitest";

import { answers } from "./fixtures.test-helpers";
import { summarizeAnswers } from "./summary";

describe("summarizeAnswers", () => {
  it("one line per step, with both priorities and the article's workload", () => {
    // The article's workload: 1,000,000 input + 500,000 output tokens a day.
    const a = answers({ primary: "quality", secondary: "cost", typical: 2_000, largest: 300_000, images: true, audio: true });
    expect(summarizeAnswers(a, 2)).toEqual([
      { step: 1, label: "Priority", value: "Quality first, then cost" },
      { step: 2, label: "Input size", value: "largest 300,000 tokens, typical 2,000" },
      { step: 3, label: "Images and audio", value: "images, audio needed" },
      { step: 4, label: "Workload", value: "1,000,000 input + 500,000 output tokens a day, 2 sample prompts" },
    ]);
  });

  it("no second priority, no images or audio, one prompt, and none", () => {
    const a = answers({ primary: "speed" });
    const [priority, , media, workload] = summarizeAnswers(a, 1);
    expect(priority!.value).toBe("Speed first");
    expect(media!.value).toBe("no images, no audio");
    expect(workload!.value).toBe("1,000,000 input + 500,000 output tokens a day, 1 sample prompt");
    expect(summarizeAnswers(answers(), 0)[3]!.value).toBe("1,000,000 input + 500,000 output tokens a day");
    expect(summarizeAnswers(answers(), 0)[0]!.value).toBe("Cost first");
  });
});
