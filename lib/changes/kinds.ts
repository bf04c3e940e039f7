/**
 * The kinds of change the change log records, in a module of their own: client-safe (no catalog,
 * no zod), so the /changes URL contract can validate `k` without pulling the data code in.
 */
export const CHANGE_KINDS = ["release", "price", "notice", "shutdown", "replacement"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function isChangeKind(s: string): s is ChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(s);
}
