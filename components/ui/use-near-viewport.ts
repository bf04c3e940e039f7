"use client";

import { startTransition, useEffect, useRef, useState } from "react";

/** Start drawing a chart when it comes this close to the viewport (so it is ready on arrival). */
const NEAR_VIEWPORT = "400px 0px";

/**
 * True once the element has come near the viewport (then stays true). Drawing four recharts
 * charts at once blocks a phone's main thread for seconds; drawing each as it scrolls into
 * view spreads the work, and a chart never looked at never loads recharts at all.
 */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true); // eslint-disable-line react-hooks/set-state-in-effect -- no observer: draw at once
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        // A transition keeps React's part of the render interruptible by input; recharts' own
        // store updates after mounting still run in one synchronous task.
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return [ref, near] as const;
}
