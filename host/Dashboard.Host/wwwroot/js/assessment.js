// How a value stands against its target, and whether a tile's data is too old to trust.

/** Within this fraction of the target (on the wrong side) a value is a warning rather than bad. */
export const WARNING_MARGIN = 0.1;

/**
 * "good", "warning", "bad" or "neutral" (no target, or no value).
 * higherIsBetter: good at or above target, warning down to 10 % below it. lowerIsBetter mirrors that.
 */
export function assessValue(value, target, direction) {
  if (typeof value !== "number" || typeof target !== "number") return "neutral";
  const margin = Math.abs(target) * WARNING_MARGIN;
  if (direction === "lowerIsBetter") {
    if (value <= target) return "good";
    return value <= target + margin ? "warning" : "bad";
  }
  if (value >= target) return "good";
  return value >= target - margin ? "warning" : "bad";
}

/** Milliseconds since the tile's last value, or null when it never had one. */
export function ageOf(lastTimestamp, nowMs) {
  if (!lastTimestamp) return null;
  const parsed = Date.parse(lastTimestamp);
  return Number.isNaN(parsed) ? null : Math.max(0, nowMs - parsed);
}

/** Stale when the last value is older than the metric allows; a tile with no value at all is stale too. */
export function isStale(lastTimestamp, staleAfterSeconds, nowMs) {
  const age = ageOf(lastTimestamp, nowMs);
  if (age === null) return true;
  return typeof staleAfterSeconds === "number" && staleAfterSeconds > 0 && age > staleAfterSeconds * 1000;
}
