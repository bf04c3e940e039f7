"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "prefetch"> & {
  /** `false`: never prefetch (dense lists of links, where a sweep of the pointer would fetch each). */
  prefetch?: false;
};

/**
 * The app's internal link: next/link that prefetches its page once the reader shows intent
 * (pointer over it, a touch, keyboard focus) instead of as soon as it is on screen.
 *
 * Why (docs/performance.md, "Fourth pass"): on screen, the navigation's seven links alone made
 * every page load send 14 prefetch requests and fetch ~15 script chunks for pages the reader
 * may never open. On a phone that is main-thread work during load, and each page view cost the
 * server about three times its own render. A touch starts the prefetch before the tap's click,
 * a hover earlier still. This is the pattern of Next's prefetching guide ("Hover-triggered prefetch"):
 * `prefetch={null}` (the default) once intent is shown, `false` before.
 */
export function IntentLink({ prefetch, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  if (prefetch === false) return <Link {...props} prefetch={false} />;
  /** The caller's own handler, after marking intent. */
  const withIntent =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={withIntent(props.onMouseEnter)}
      onTouchStart={withIntent(props.onTouchStart)}
      onFocus={withIntent(props.onFocus)}
    />
  );
}
