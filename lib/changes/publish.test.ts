import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { changeEvents } from "./events";
import { calendarUid, dayStart, escapeHtml, eventHtml, feedEntryId, modelPageUrl } from "./publish";

const event = changeEvents(fixtureCatalog).find((e) => e.id === "price/alpha-nano/2026-06-01")!;

describe("publishing helpers", () => {
  it("IDs name the event, never the host", () => {
    expect(feedEntryId(event)).toBe("tag:small-model-navigator,2026:change/price/alpha-nano/2026-06-01");
    expect(calendarUid(event)).toBe("price/alpha-nano/2026-06-01@small-model-navigator");
  });
  it("links to the subject's model page on the given origin", () => {
    expect(modelPageUrl(event, "https://nav.test")).toBe("https://nav.test/models/alpha-nano");
  });
  it("days are midnight UTC", () => {
    expect(dayStart("2026-06-01").toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });
  it("escapes HTML in every line", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(eventHtml(event)).toMatch(
      /^<ul><li>Standard: input \$0\.20 → \$0\.10<\/li><li>Also applies to alpha-nano-2026-03-01\.<\/li><li>Source: .*<\/li><\/ul>$/,
    );
  });
});
