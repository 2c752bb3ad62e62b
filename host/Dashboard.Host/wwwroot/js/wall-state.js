// The wall's data as the server last described it: a snapshot, then live deltas applied on top.

const HISTORY_WINDOW_MS = 24 * 60 * 60 * 1000;
const HISTORY_MAX_POINTS = 5000;

export function createWallState() {
  let wall = null;
  const tiles = new Map();

  return {
    get wall() { return wall; },
    get tiles() { return [...tiles.values()]; },
    tile: (metricKey) => tiles.get(metricKey),

    /** Replaces everything: a snapshot is the truth after a (re)connect. */
    applySnapshot(snapshot) {
      wall = snapshot.wall;
      tiles.clear();
      for (const tile of snapshot.tiles ?? []) {
        tiles.set(tile.metricKey, { ...tile, history: [...(tile.history ?? [])] });
      }
    },

    /** Returns the metric keys whose tile changed; a value not newer than the tile's last one is ignored. */
    applyMetrics(update) {
      const changed = new Set();
      for (const point of update.values ?? []) {
        const tile = tiles.get(point.metricKey);
        if (!tile || !isNewer(point.timestamp, tile.last?.timestamp)) continue;
        const reading = { timestamp: point.timestamp, value: point.value ?? null, state: point.state ?? "value", basis: point.basis ?? null };
        tile.last = reading;
        tile.history.push({ ...reading });
        trimHistory(tile.history);
        changed.add(point.metricKey);
      }
      return [...changed];
    },

    /** Returns the metric keys of that collector's tiles. */
    applyCollectorStatus(status) {
      const affected = [];
      for (const tile of tiles.values()) {
        if (tile.collectorId !== status.collectorId) continue;
        tile.collectorError = status.error ?? null;
        affected.push(tile.metricKey);
      }
      return affected;
    },
  };
}

function isNewer(candidateIso, lastIso) {
  if (!lastIso) return true;
  return Date.parse(candidateIso) > Date.parse(lastIso);
}

function trimHistory(history) {
  const newest = Date.parse(history[history.length - 1].timestamp);
  let drop = 0;
  while (drop < history.length - 1 && newest - Date.parse(history[drop].timestamp) > HISTORY_WINDOW_MS) drop++;
  drop = Math.max(drop, history.length - HISTORY_MAX_POINTS);
  if (drop > 0) history.splice(0, drop);
}
