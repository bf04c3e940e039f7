import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * A full axe scan takes 3–10 s of CPU; on a loaded 2-core machine several scans in one test
 * overran the 30 s test timeout (seen while other builds ran). Each scan brings its own budget.
 */
const AXE_SCAN_BUDGET_MS = 20_000;

/**
 * axe leaves WCAG 2.2's target size (2.5.8, AA) off by default; Lighthouse's accessibility audit
 * runs it. Links inside a sentence are exempt (axe skips them); a row of small links is not.
 */
const AXE_OPTIONS = { rules: { "target-size": { enabled: true } } };

/** Runs axe on the page and fails with the rule IDs and targets of any violation. */
export async function expectNoAxeViolations(page: Page) {
  test.info().setTimeout(test.info().timeout + AXE_SCAN_BUDGET_MS);
  const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Switches the theme through the header's radio group (as a user would). */
export async function chooseTheme(page: Page, theme: "Light" | "Dark" | "System") {
  await page.getByRole("radio", { name: theme }).check({ force: true });
}

/** Collects page errors and console errors; assert it stays empty at the end of a test. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

/** The search params of the page's current URL, for assertions after each action. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The page does not scroll sideways (the 375 px rule); `where` names the page in a failure. */
export async function expectNoSidewaysOverflow(page: Page, where = "page") {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, `${where}: scroll width vs viewport`).toBeLessThanOrEqual(width);
}

/**
 * Runs axe's target-size rule alone (WCAG 2.2, 2.5.8): each target at least 24 × 24 px, or spaced
 * so that 24 px circles centred on the small ones do not touch another target.
 */
export async function expectTargetSizes(page: Page, where = "page") {
  const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
  const summary = results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
  expect(summary, `${where}: targets under 24 px`).toEqual([]);
}
