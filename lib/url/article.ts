/**
 * The annotated article: a page without URL state. Each claim is an anchor, so a link can point
 * at one ("/article#cost-gpt-4o-mini"). Its one door, like modelHref for model pages.
 */
export const ARTICLE_PATH = "/article";

export function articleClaimHref(claimId: string): string {
  return `${ARTICLE_PATH}#${encodeURIComponent(claimId)}`;
}
