import type { NextRequest } from "next/server";

import { modelProxy } from "@/app/_lib/model-proxy";

/** Runs before the router, on model pages only (app/_lib/model-proxy.ts says what it does there). */
export function proxy(request: NextRequest) {
  return modelProxy(request);
}

// A literal: Next reads the matcher statically at build time.
export const config = { matcher: ["/models/:path*"] };
