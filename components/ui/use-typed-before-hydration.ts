"use client";

import { useEffect, type RefObject } from "react";

/**
 * Text typed into a server-rendered box before the page hydrates stays in the box, but React
 * never reports it as a change: the box shows one value while the page computes with another,
 * with no message. On a slow phone a reader who types early meets exactly that; a select picked
 * early is the same. On mount, this reads the box and hands a value that differs from the
 * rendered one to `onType`, as if typed.
 */
export function useTypedBeforeHydration(
  box: RefObject<HTMLInputElement | HTMLSelectElement | null>,
  rendered: string,
  onType: (text: string) => void,
) {
  useEffect(() => {
    const typed = box.current?.value;
    if (typed !== undefined && typed !== rendered) onType(typed);
    // On mount only: afterwards every keystroke reaches onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
