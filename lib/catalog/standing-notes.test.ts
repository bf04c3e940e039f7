import { describe, expect, it } from "vitest";

import { fixtureEntry } from "./fixture.test-helpers";
import { goneNote, groupByStanding } from "./headline";
import { statusOn } from "./lifecycle";

describe("statusOn around the lifecycle's verified-on day", () => {
  // gamma-mini's page was read on 2026-11-20 and says "deprecated"; its notice date is 2026-07-14.
  // Without the notice date, only the reading can say it is deprecated, from that day on.
  const noNotice = () => {
    const e = structuredClone(fixtureEntry("gamma-mini"));
    e.lifecycle.noticeDate = null;
    return e;
  };

  it("takes the recorded status from the verified-on day itself, and dates before it", () => {
    expect(noNotice().sources.page?.verifiedOn).toBe("2026-11-20");
    expect(statusOn(noNotice(), "2026-11-20")).toBe("deprecated");
    expect(statusOn(noNotice(), "2026-11-19")).toBe("active");
  });

  it("reads only the dates when the lifecycle's source is not among the sources", () => {
    const e = noNotice();
    e.lifecycle.source = "gone-page";
    expect(statusOn(e, "2026-11-25")).toBe("active");
    expect(statusOn(e, "2027-01-14")).toBe("shutdown");
  });
});

describe("goneNote and groupByStanding at their edges", () => {
  it("says shut down from the shutdown day itself, and not known otherwise", () => {
    expect(goneNote("m", "$9.00", { shutdownDate: "2026-12-11", daysLeft: 0 })).toBe(
      "m would be $9.00 but was shut down on Dec 11, 2026.",
    );
    // A status nobody can vouch for, with or without a shutdown date ahead.
    expect(goneNote("m", "$9.00", { shutdownDate: "2027-03-01", daysLeft: 96 })).toBe(
      "m would be $9.00 but is not known to be callable.",
    );
    expect(goneNote("m", "$9.00", { shutdownDate: null, daysLeft: null })).toBe(
      "m would be $9.00 but is not known to be callable.",
    );
  });

  it("puts items that follow no one into the lasting group", () => {
    expect(groupByStanding(["a", "b"], () => null)).toEqual([{ standing: "lasting", items: ["a", "b"] }]);
  });
});
