import { test } from "@playwright/test";

import { expectTargetSizes } from "./helpers";

/**
 * WCAG 2.2's target size (2.5.8, AA), which Lighthouse audits on its 412 px phone. Rows of small
 * links wrap differently at each width: "Today's answer" failed at 412 and 768 px only, the change
 * list, the article's sources and a retiring model's replacements at phone widths.
 */
const WIDTHS = [375, 412, 768, 1280];

for (const path of ["/", "/changes", "/article", "/models/gpt-4o-mini"]) {
  test(`${path}: links are 24 px targets, or far enough apart, at ${WIDTHS.join(", ")} px`, async ({ browser }) => {
    test.info().setTimeout(test.info().timeout + 10_000 * WIDTHS.length);
    for (const width of WIDTHS) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(path);
      await expectTargetSizes(page, `${path} at ${width} px`);
      await ctx.close();
    }
  });
}
