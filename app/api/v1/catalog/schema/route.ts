/** GET /api/v1/catalog/schema: the JSON Schema of /api/v1/catalog, generated from the zod schema. */
import { catalogJsonSchema } from "@/lib/export/catalog-api";

export const dynamic = "force-static";

export function GET() {
  return Response.json(catalogJsonSchema(), {
    headers: { "Content-Type": "application/schema+json", "Access-Control-Allow-Origin": "*" },
  });
}
