/**
 * GET /migrate/calendar?from=<id>[&…the plan's other keys]: the model's shutdown date as a
 * one-event .ics download (lib/migrate/calendar.ts), naming the plan's pick and linking back to
 * the plan. A link without a known model or shutdown date goes to the planner itself, which says
 * what it could not read.
 */
import type { NextRequest } from "next/server";

import { loadFiledCatalog } from "@/lib/catalog/load";
import { changeEvents } from "@/lib/changes/events";
import { shutdownCalendar } from "@/lib/migrate/calendar";
import { planMigration } from "@/lib/migrate/plan";
import { siteOrigin } from "@/lib/share/origin";
import { MIGRATE_PATH, migrateNeeds, migratePlanHref, migrateWorkload } from "@/lib/url/migrate";
import { loadMigratePage } from "@/lib/url/migrate-page";

export const dynamic = "force-dynamic";

/** The query as the page loaders read it: repeated keys stay lists (and are reported as such). */
function searchParamsOf(request: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const values = request.nextUrl.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return out;
}

export async function GET(request: NextRequest) {
  const page = loadMigratePage(searchParamsOf(request));
  const { state, models, today } = page;
  const byId = new Map(models.map((m) => [m.id, m]));
  const plan = state.from ? planMigration(state.from, state.to, byId, migrateWorkload(state), today, migrateNeeds(state)) : null;
  const origin = (await siteOrigin()) ?? new URL(request.nextUrl.origin);
  const planUrl = new URL(migratePlanHref(state), origin);
  const calendar = plan ? shutdownCalendar(plan, planUrl.toString(), today, changeEvents(loadFiledCatalog())) : null;
  // The planner reads the same query and says what it could not use.
  if (!calendar) return Response.redirect(new URL(`${MIGRATE_PATH}${request.nextUrl.search}`, origin), 307);
  return new Response(calendar.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.fileName}"`,
    },
  });
}
