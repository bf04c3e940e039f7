import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { changeEvents } from "./events";
import { changesAtom, changesJsonFeed, FEED_TITLE } from "./feeds";

const input = {
  events: changeEvents(fixtureCatalog),
  today: FIXTURE_TODAY,
  origin: "https://nav.test",
  verifiedOn: "2026-11-25",
};
const asArray = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

type AtomEntry = {
  id: string;
  title: { "#text": string; "@_type": string };
  updated: string;
  link: { "@_href": string }[] | { "@_href": string };
};

function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: false }).parse(xml);
  return doc.feed as { "@_xmlns": string; id: string; title: string; updated: string; entry: AtomEntry | AtomEntry[] };
}

describe("the Atom feed (fixture catalog, today 2026-11-25)", () => {
  const feed = parseAtom(changesAtom(input));
  const entries = asArray(feed.entry);

  it("is Atom: its namespace, a stable id, a title and the newest entry's day as updated", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("tag:small-model-navigator,2026:changes");
    expect(feed.title).toBe(FEED_TITLE);
    // The newest event on or before today: delta-nano's replacement, read on 2026-11-25.
    expect(feed.updated).toBe("2026-11-25T00:00:00.000Z");
  });

  it("has one entry per event up to today, newest first, with unique tag IDs and links to model pages", () => {
    // 22 events in the fixture, 2 of them (delta-nano's and gamma-mini's shutdowns) after today.
    expect(entries).toHaveLength(20);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(20);
    for (const id of ids)
      expect(id).toMatch(/^tag:small-model-navigator,2026:change\/[a-z]+\/[a-z0-9.-]+\/\d{4}-\d{2}-\d{2}(\/[a-z0-9.-]+)?$/);
    expect(entries[0]!.id).toBe("tag:small-model-navigator,2026:change/replacement/delta-nano/2026-11-25/delta-next");
    expect(asArray(entries[0]!.link)[0]!["@_href"]).toBe("https://nav.test/models/delta-nano");
    const price = entries.find((e) => e.id.endsWith("change/price/alpha-nano/2026-06-01"))!;
    expect(price.title).toEqual({ "#text": "Price cut: alpha-nano, input $0.20 → $0.10", "@_type": "html" });
    expect(price.updated).toBe("2026-06-01T00:00:00.000Z");
  });

  it("lists a scheduled event once its day has come", () => {
    const later = asArray(parseAtom(changesAtom({ ...input, today: "2027-01-14" })).entry);
    expect(later).toHaveLength(22);
    expect(later[0]!.id).toBe("tag:small-model-navigator,2026:change/shutdown/gamma-mini/2027-01-14");
  });

  it("is the same, byte for byte, when generated twice from the same data", () => {
    expect(changesAtom(input)).toBe(changesAtom({ ...input, events: changeEvents(fixtureCatalog) }));
  });
});

describe("the JSON Feed (fixture catalog)", () => {
  const doc = JSON.parse(changesJsonFeed(input));

  it("is JSON Feed 1.1: version, title, home page, feed URL, authors, language", () => {
    expect(doc.version).toBe("https://jsonfeed.org/version/1.1");
    expect(doc.title).toBe(FEED_TITLE);
    expect(doc.home_page_url).toBe("https://nav.test/changes");
    expect(doc.feed_url).toBe("https://nav.test/feeds/changes.json");
    expect(doc.authors).toEqual([{ name: "Small Model Navigator", url: "https://nav.test/" }]);
    expect(doc.author).toBeUndefined();
    expect(doc.language).toBe("en");
  });

  it("has the same entries as the Atom feed: unique string IDs, a URL, a title, HTML content and a date", () => {
    expect(doc.items).toHaveLength(20);
    const atomIds = asArray(parseAtom(changesAtom(input)).entry).map((e) => e.id);
    expect(doc.items.map((i: { id: string }) => i.id)).toEqual(atomIds);
    for (const item of doc.items) {
      expect(typeof item.id).toBe("string");
      expect(item.url).toMatch(/^https:\/\/nav\.test\/models\//);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.content_html).toMatch(/^<ul><li>/);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    }
    const shutdown = doc.items.find((i: { id: string }) => i.id.endsWith("change/shutdown/gamma-nano/2026-10-23"));
    expect(shutdown.title).toBe("Shutdown: gamma-nano (replacement: beta-lite)");
    expect(shutdown.tags).toEqual(["Shutdown"]);
    expect(shutdown.content_html).toContain("Also applies to gamma-nano-2025-04-14.");
  });

  it("is the same when generated twice", () => {
    expect(changesJsonFeed(input)).toBe(changesJsonFeed(input));
  });
});
