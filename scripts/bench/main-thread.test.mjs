import { describe, expect, it } from "vitest";

import { blockingAt, mainThreadTasks } from "./main-thread.mjs";

// Trace events in microseconds: `dur` is wall time, `tdur` thread time.
const ev = (name, ts, dur, tdur, thread = 1) => ({ name, ph: "X", pid: 7, tid: thread, ts, dur, tdur });

describe("mainThreadTasks", () => {
  it("reads thread time, not wall time, from the thread that parsed the HTML and ran the scripts", () => {
    const events = [
      // The main thread: a 30 ms-of-CPU task that took 90 ms of wall time on a busy machine.
      ev("RunTask", 0, 90_000, 30_000),
      ev("EvaluateScript", 1_000, 60_000, 20_000),
      ev("ParseHTML", 70_000, 15_000, 6_000),
      // Another thread of the same process, busy but with no HTML or script: not counted.
      ev("RunTask", 0, 500_000, 400_000, 2),
      ev("Layout", 0, 500_000, 400_000, 2),
    ];
    const out = mainThreadTasks(events);
    expect(out.tasks).toEqual([30]);
    expect(out).toMatchObject({ boot: 20, render: 6, script: 0, other: 4 });
  });

  it("splits only the tasks that block at 4× (over 12.5 ms) into boot, render, app and other", () => {
    const events = [
      ev("RunTask", 0, 20_000, 12_500),
      ev("FunctionCall", 0, 20_000, 12_500),
      ev("RunTask", 100_000, 40_000, 40_000),
      ev("EvaluateScript", 100_000, 10_000, 10_000),
      ev("FunctionCall", 111_000, 20_000, 20_000),
      // Nested inside the FunctionCall: already counted as the app's time.
      ev("Layout", 112_000, 5_000, 5_000),
      ev("UpdateLayoutTree", 132_000, 3_000, 3_000),
      ev("ParseHTML", 0, 1, 0),
    ];
    const out = mainThreadTasks(events);
    expect(out.tasks).toEqual([12.5, 40]);
    expect(out).toMatchObject({ boot: 10, script: 20, render: 3, other: 7 });
  });
});

describe("blockingAt", () => {
  it("is Lighthouse's TBT formula on slowed-down task times", () => {
    expect(blockingAt([12.5, 13, 100], 4)).toBe(0 + 2 + 350);
    expect(blockingAt([12.5, 13, 100], 6)).toBe(25 + 28 + 550);
    expect(blockingAt([], 4)).toBe(0);
  });
});
