// A tile's overall status, age and staleness, whatever its widget: what the frame, the colours and the playlist's
// interrupt all go by.
import { assessValue, isStale } from "./assessment.js";
import { FREE_WIDGETS, GROUPED_WIDGETS } from "./widgets/registry.js";
import { describePoint } from "./widgets/service-points.js";

const SEVERITY = { neutral: 0, good: 1, warning: 2, critical: 3 };

/** The worst of several states: one critical service point makes the whole board critical. */
export function worstOf(states) {
  return states.reduce((worst, state) => (SEVERITY[state] > SEVERITY[worst] ? state : worst), "neutral");
}

/** The newest timestamp among the tile's readings (its own, or those of its dimension values). */
export function lastTimestampOf(tile) {
  const stamps = [tile.last?.timestamp, ...(tile.groups ?? []).flatMap((group) => [group.last?.timestamp, ...Object.values(group.values ?? {}).map((reading) => reading?.timestamp)])]
    .filter(Boolean)
    .map((stamp) => [Date.parse(stamp), stamp])
    .filter(([parsed]) => !Number.isNaN(parsed));
  if (stamps.length === 0) return null;
  return stamps.reduce((newest, candidate) => (candidate[0] > newest[0] ? candidate : newest))[1];
}

/** "good", "warning", "critical" or "neutral"; only a number is ever on or off target, never a closed point. */
export function tileStatus(tile) {
  if (FREE_WIDGETS.has(tile.widget)) return "neutral";
  if (tile.widget === "servicePoints") {
    return (tile.groups ?? []).some((group) => describePoint(group).alert) ? "critical" : "neutral";
  }
  const valueOf = (reading) => ((reading?.state ?? "value") === "value" ? reading?.value : null);
  if (GROUPED_WIDGETS.has(tile.widget)) return worstOf((tile.groups ?? []).map((group) => assessValue(valueOf(group.last), tile)));
  return assessValue(valueOf(tile.last), tile);
}

export function tileIsStale(tile, nowMs) {
  return !FREE_WIDGETS.has(tile.widget) && isStale(lastTimestampOf(tile), tile.staleAfterSeconds, nowMs);
}
