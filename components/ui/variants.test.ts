/**
 * Every combination of every shared variant set is free of class conflicts: lib/cn.ts joins
 * classes without merging, so a variant that relied on overriding its base (a size's height over
 * the base's) would leave both classes and let the stylesheet's order decide.
 */
import { describe, expect, it } from "vitest";

import { overriddenClasses } from "@/lib/cn";

import { badgeVariants } from "./badge";
import { buttonVariants } from "./button";
import { checkboxVariants } from "./checkbox";
import { disclosureVariants } from "./disclosure";
import { fieldVariants } from "./field";
import { linkVariants } from "./link";
import { noticeVariants } from "./notice";
import { panelVariants } from "./panel";

/** Every combination of the given options (undefined: the default variant). */
function combinations<T extends Record<string, readonly unknown[]>>(options: T): { [K in keyof T]: T[K][number] }[] {
  return Object.entries(options).reduce<Record<string, unknown>[]>(
    (acc, [key, values]) => acc.flatMap((c) => [undefined, ...values].map((v) => ({ ...c, [key]: v }))),
    [{}],
  ) as { [K in keyof T]: T[K][number] }[];
}

const SETS: [string, (props: never) => string, Record<string, readonly unknown[]>][] = [
  ["button", buttonVariants, { variant: ["primary", "secondary", "ghost"], size: ["sm", "md", "field"] }],
  ["badge", badgeVariants, { tone: ["neutral", "good", "warn", "danger", "info"] }],
  ["checkbox", checkboxVariants, { align: ["center", "top"] }],
  ["disclosure", disclosureVariants, { look: ["control", "section"], surface: ["none", "raised"] }],
  ["field", fieldVariants, { size: ["sm", "md", "area"], numeric: [true, false] }],
  ["link", linkVariants, { underline: ["always", "hover"], weight: ["normal", "medium"] }],
  ["notice", noticeVariants, { tone: ["warn", "info"] }],
  ["panel", panelVariants, { surface: ["none", "raised", "muted"], pad: ["none", "sm", "md", "lg"] }],
];

describe("shared variants", () => {
  it("the combinations helper covers every option and the default", () => {
    expect(combinations({ a: [1, 2], b: ["x"] })).toHaveLength(6);
  });

  for (const [name, variants, options] of SETS) {
    it(`${name}: no combination sets one property twice`, () => {
      const combos = combinations(options);
      for (const props of combos) {
        const classes = variants(props as never);
        expect(classes.length, `${name} ${JSON.stringify(props)}`).toBeGreaterThan(0);
        expect(overriddenClasses(classes), `${name} ${JSON.stringify(props)}: ${classes}`).toEqual([]);
      }
    });
  }
});
