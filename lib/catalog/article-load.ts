import "server-only";

import fs from "node:fs";
import path from "node:path";

import { articleClaimsSchema, type ArticleClaims } from "./article-schema";

const CLAIMS_FILE = path.join(process.cwd(), "data", "article", "claims.json");

let cached: ArticleClaims | undefined;

/** Reads and validates the article's claims once per server process. Throws on invalid data. */
export function loadArticleClaims(): ArticleClaims {
  if (cached) return cached;
  const parsed = articleClaimsSchema.safeParse(JSON.parse(fs.readFileSync(CLAIMS_FILE, "utf8")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid article claims in data/article/claims.json:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
