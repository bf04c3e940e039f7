/**
 * "Today" for lifecycle decisions, as a UTC ISO date. NAVIGATOR_TODAY pins it (tests, demos);
 * otherwise it is the server's current date at render time.
 */
export function getToday(): string {
  const pinned = process.env.NAVIGATOR_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
