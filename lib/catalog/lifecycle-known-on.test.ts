import { describe, expect, it } from "vitest";

import { replacementOn, shutdownOn } from "./lifecycle";
import type { Lifecycle } from "./types";

// gpt-5-mini's lifecycle as the data records it: notice 2026-06-11, shutdown 2026-12-11, the
// replacement named at the notice (gpt-5.6-terra) later superseded by gpt-6.1-terra.
const lifecycle = (): Lifecycle => ({
  status: "deprecated",
  source: "s",
  noticeDate: "2026-06-11",
  shutdownDate: "2026-12-11",
  replacements: [
    { id: "gpt-6.1-terra", readOn: "2026-11-25", source: "s" },
    { id: "gpt-5.6-terra", readOn: "2026-06-11", source: "s" },
  ],
});

describe("shutdownOn: the shutdown date as known on a day", () => {
  it("is not announced yet the day before the notice, and known from the notice day on", () => {
    expect(shutdownOn(lifecycle(), "2026-06-10")).toEqual({ known: "not-yet", noticeDate: "2026-06-11", date: "2026-12-11" });
    expect(shutdownOn(lifecycle(), "2026-06-11")).toEqual({ known: "date", date: "2026-12-11" });
    expect(shutdownOn(lifecycle(), "2027-03-01")).toEqual({ known: "date", date: "2026-12-11" });
  });
  it("keeps the date when the notice day is not recorded, and says none when there is no date", () => {
    expect(shutdownOn({ noticeDate: null, shutdownDate: "2026-10-23" }, "2020-01-01")).toEqual({
      known: "date",
      date: "2026-10-23",
    });
    expect(shutdownOn({ noticeDate: "2026-06-11", shutdownDate: null }, "2026-12-01")).toEqual({ known: "none" });
  });
});

describe("replacementOn: the replacement named on a day", () => {
  it("names none before the notice", () => {
    expect(replacementOn(lifecycle(), "2026-06-10")).toBeNull();
  });
  it("names the reading of that time: the first one, in the data's order, read by that day", () => {
    expect(replacementOn(lifecycle(), "2026-06-11")).toBe("gpt-5.6-terra");
    expect(replacementOn(lifecycle(), "2026-11-24")).toBe("gpt-5.6-terra");
    expect(replacementOn(lifecycle(), "2026-11-25")).toBe("gpt-6.1-terra");
    expect(replacementOn(lifecycle(), "2027-01-01")).toBe("gpt-6.1-terra");
  });
  it("names none when nothing had been read by that day, even without a recorded notice", () => {
    const noNotice = { ...lifecycle(), noticeDate: null };
    expect(replacementOn(noNotice, "2026-06-10")).toBeNull();
    expect(replacementOn(noNotice, "2026-06-11")).toBe("gpt-5.6-terra");
    expect(replacementOn({ noticeDate: null, replacements: [] }, "2027-01-01")).toBeNull();
  });
});
