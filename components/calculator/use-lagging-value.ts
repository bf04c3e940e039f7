"use client";

import { startTransition, useEffect, useRef, useState } from "react";

/**
 * A value that follows `value` at most once every `ms` (throttled, with a trailing update), in a
 * transition. Heavy views (the chart) read it, so the numbers a slider changes are painted first
 * and the heavy view catches up between frames instead of delaying them.
 */
export function useLaggingValue<T>(value: T, ms: number): T {
  const [lagged, setLagged] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(value, lagged)) return;
    // At least one frame later, so the urgent update is on screen before this work starts.
    const wait = Math.max(FRAME_MS, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      startTransition(() => setLagged(value));
    }, wait);
    return () => clearTimeout(timer);
  }, [value, lagged, ms]);
  return lagged;
}

const FRAME_MS = 20;
