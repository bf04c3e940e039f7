/**
 * The change log as feeds: Atom 1.0 (/feeds/changes.xml) and JSON Feed 1.1 (/feeds/changes.json),
 * written by the `feed` package. One entry per event that has happened by `today` (a scheduled
 * shutdown is announced by its notice, and becomes an entry on its day), newest first. Nothing
 * comes from the clock: the feed's `updated` is its newest entry's day, so the same data and day
 * always give the same bytes.
 */
import { Feed } from "feed";

import { CHANGES_PATH } from "@/lib/url/changes";
import { CHANGES_ATOM_PATH, CHANGES_JSON_PATH } from "@/lib/url/feeds";

import { eventTitle, KIND_LABEL } from "./describe";
import { splitByDay, type ChangeEvent } from "./events";
import { dayStart, eventHtml, eventTextLines, feedEntryId, modelPageUrl, TAG_AUTHORITY } from "./publish";

export const FEED_TITLE = "Small Model Navigator: what changed";
const FEED_DESCRIPTION =
  "Price changes, releases, deprecation notices, shutdowns and replacements of OpenAI's small models, each with its source.";
const PUBLISHER = "Small Model Navigator";

export type FeedInput = {
  /** Every event, as changeEvents gives them (newest first). */
  events: readonly ChangeEvent[];
  /** The day the feed describes: events after it are left for later. */
  today: string;
  /** Absolute origin for links, e.g. "https://navigator.example". */
  origin: string;
  /** The catalog's newest verified-on day: the feed's date when it has no entry. */
  verifiedOn: string;
};

export function changesFeed({ events, today, origin, verifiedOn }: FeedInput): Feed {
  const { past } = splitByDay(events, today);
  const abs = (path: string) => new URL(path, origin).toString();
  const feed = new Feed({
    id: `tag:${TAG_AUTHORITY}:changes`,
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    link: abs(CHANGES_PATH),
    language: "en",
    updated: dayStart(past[0]?.date ?? verifiedOn),
    generator: PUBLISHER,
    feedLinks: { atom: abs(CHANGES_ATOM_PATH), json: abs(CHANGES_JSON_PATH) },
    author: { name: PUBLISHER, link: abs("/") },
  });
  for (const event of past) {
    const day = dayStart(event.date);
    feed.addItem({
      id: feedEntryId(event),
      title: eventTitle(event),
      link: modelPageUrl(event, origin),
      date: day,
      published: day,
      description: eventTextLines(event).join(" "),
      content: eventHtml(event),
      category: [{ term: event.kind, name: KIND_LABEL[event.kind] }],
    });
  }
  return feed;
}

export function changesAtom(input: FeedInput): string {
  return changesFeed(input).atom1();
}

const JSON_FEED_1_1 = "https://jsonfeed.org/version/1.1";

/**
 * `feed` writes JSON Feed 1.0; 1.1 differs in the version URL, `authors` (a list) instead of
 * `author`, and `language`. The document is rewritten as data, field by field, never as text.
 */
export function changesJsonFeed(input: FeedInput): string {
  const doc = JSON.parse(changesFeed(input).json1()) as Record<string, unknown> & {
    author?: unknown;
    items: (Record<string, unknown> & { author?: unknown })[];
  };
  const { author, items, ...rest } = doc;
  return JSON.stringify(
    {
      ...rest,
      version: JSON_FEED_1_1,
      language: "en",
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
    },
    null,
    2,
  );
}
