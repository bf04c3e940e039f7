import { expect, test, type Page } from "@playwright/test";

import { rolloverOrigin, type RolloverDay } from "./servers";

/**
 * Day rollover: the same build, served with "today" pinned to the day models shut down
 * (playwright.config.ts starts a server per day). On its shutdown day a model is shut down
 * everywhere at once: the API's status, the catalog, the calculator's default rows, the wizard
 * (never ranked), compare and the migration planner. A handful of page loads per day.
 */
const DAYS: { day: RolloverDay; label: string; gone: string[]; wizardRuledOut: string }[] = [
  { day: "2026-12-11", label: "Dec 11, 2026", gone: ["gpt-5-mini", "gpt-5-nano"], wizardRuledOut: "gpt-5-nano" },
  {
    day: "2027-01-14",
    label: "Jan 14, 2027",
    gone: ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1", "gpt-4o"],
    wizardRuledOut: "gpt-4.1-mini",
  },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactly = (id: string) => new RegExp(`^${escapeRe(id)}(\\s|$)`);

function calculatorRow(page: Page, id: string) {
  const table = page.getByRole("table", { name: /Cost of the workload on each model/ });
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: exactly(id) }) });
}

for (const { day, label, gone, wizardRuledOut } of DAYS) {
  test.describe(`on ${day}`, () => {
    const at = (path: string) => `${rolloverOrigin(day)}${path}`;

    test(`the API reports ${gone.join(", ")} shut down as of that day`, async ({ request }) => {
      const doc = await (await request.get(at("/api/v1/catalog"))).json();
      expect(doc.asOf).toBe(day);
      const status = (id: string) => doc.models.find((m: { id: string }) => m.id === id).statusAsOf;
      expect(gone.map(status)).toEqual(gone.map(() => "shutdown"));
      expect(status("gpt-6-luna")).toBe("active");
    });

    test(`the catalog, their model pages and the calculator's default rows treat them as shut down`, async ({ page }) => {
      await page.goto(at("/"));
      const table = page.getByRole("table", { name: /OpenAI model IDs/ });
      for (const id of gone) {
        const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: id, exact: true }) });
        await expect(row.first()).toContainText("Shut down");
      }

      // Day pages (lib/url/day-path.ts): the build prerendered 2026-11-25's copy; this day's is
      // rendered on its first request, never the build's.
      await page.goto(at(`/models/${gone[0]}`));
      await expect(page.getByRole("heading", { level: 1, name: gone[0] })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(`Shut down`);
      await expect(page.getByRole("main")).not.toContainText("Shuts down on");

      await page.goto(at("/calculator"));
      await expect(calculatorRow(page, "gpt-6-luna")).toHaveCount(1);
      for (const id of gone) await expect(calculatorRow(page, id)).toHaveCount(0);
    });

    test("the wizard never ranks them; compare and the planner say so", async ({ page }) => {
      await page.goto(at("/wizard?s=result&p=cost&tl=8000&img=no&in=1000000&out=500000"));
      const shortlist = page.getByRole("list", { name: "Shortlist, best first" });
      await expect(shortlist.getByRole("heading", { level: 3 }).first()).toBeVisible();
      const picks = (await shortlist.getByRole("heading", { level: 3 }).allInnerTexts()).map((h) =>
        h.replace(/^Pick \d+:\s*/, "").trim(),
      );
      expect(picks.filter((id) => gone.includes(id))).toEqual([]);
      const ruledOut = page.getByRole("region", { name: /^Ruled out/ });
      // The item's text runs the link into its badge ("gpt-5-nanoShut down"): find it by its link.
      const item = ruledOut.getByRole("listitem").filter({ has: page.getByRole("link", { name: wizardRuledOut, exact: true }) });
      await expect(item).toContainText(`shut down on ${label}`);

      await page.goto(at(`/compare?m=${gone[0]},gpt-6-luna`));
      const head = page.getByRole("table", { name: /Comparison of/ }).getByRole("columnheader", { name: exactly(gone[0]!) });
      await expect(head).toContainText("Shut down");
      await expect(head).toContainText(`since ${label}`);

      await page.goto(at(`/migrate?from=${gone[0]}`));
      await expect(page.getByTestId("countdown")).toContainText("Shut down today");
    });
  });
}
