// How a value stands against its target and thresholds, how it changed, and whether a tile's data is too old to trust.

/** With a target and no thresholds, within this fraction of the target (on the wrong side) a value is a warning. */
export const WARNING_MARGIN = 0.1;

/**
 * "good", "warning", "critical" or "neutral" (no value, or nothing to compare with).
 * thresholds { warning, critical } are the limits a value crosses into that state: for lowerIsBetter (a wait)
 * at or above them, for higherIsBetter (a service level) at or below them. Without thresholds a target decides:
 * on its right side good, up to 10 % of it beyond a warning, further critical.
 */
export function assessValue(value, { target, thresholds, direction } = {}) {
  if (typeof value !== "number") return "neutral";
  const lowerIsBetter = direction === "lowerIsBetter";
  const worse = (a, b) => (lowerIsBetter ? a >= b : a <= b);
  const limits = thresholds ?? {};
  if (typeof limits.critical === "number" || typeof limits.warning === "number") {
    if (typeof limits.critical === "number" && worse(value, limits.critical)) return "critical";
    if (typeof limits.warning === "number" && worse(value, limits.warning)) return "warning";
    return "good";
  }
  if (typeof target !== "number") return "neutral";
  const margin = Math.abs(target) * WARNING_MARGIN;
  if (lowerIsBetter) {
    if (value <= target) return "good";
    return value <= target + margin ? "warning" : "critical";
  }
  if (value >= target) return "good";
  return value >= target - margin ? "warning" : "critical";
}

/**
 * The change from the previous period: arrow ▲ ▼ or ▶ for the direction of the number, and whether that is
 * better or worse for this metric (a falling wait is better). null when either value is missing.
 */
export function describeChange(current, previous, direction) {
  if (typeof current !== "number" || typeof previous !== "number") return null;
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9) return { delta: 0, arrow: "▶", trend: "same", verdict: "same" };
  const rising = delta > 0;
  const better = direction === "lowerIsBetter" ? !rising : rising;
  return { delta, arrow: rising ? "▲" : "▼", trend: rising ? "up" : "down", verdict: better ? "better" : "worse" };
}

/** Milliseconds since the tile's last value, or null when it never had one. */
export function ageOf(lastTimestamp, nowMs) {
  if (!lastTimestamp) return null;
  const parsed = Date.parse(lastTimestamp);
  return Number.isNaN(parsed) ? null : Math.max(0, nowMs - parsed);
}

/** Stale when the last value is older than the tile allows; a tile with no value at all is stale too. */
export function isStale(lastTimestamp, staleAfterSeconds, nowMs) {
  const age = ageOf(lastTimestamp, nowMs);
  if (age === null) return true;
  return typeof staleAfterSeconds === "number" && staleAfterSeconds > 0 && age > staleAfterSeconds * 1000;
}
