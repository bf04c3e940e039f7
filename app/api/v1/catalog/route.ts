/**
 * GET /api/v1/catalog: the whole catalog as JSON, every figure with its source and verified-on
 * date. Built once at build time (the data ships with the app), served as a static file.
 */
import { loadCatalog } from "@/lib/catalog/load";
import { catalogDocument } from "@/lib/export/catalog-api";

export const dynamic = "force-static";

export function GET() {
  return Response.json(catalogDocument(loadCatalog()), {
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
