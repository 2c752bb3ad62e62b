// The dashboards' data as the server last described them: a snapshot per dashboard, then live deltas on top.
// Each tile's view is its document (where it stands, what it shows, its own target) merged with the snapshot's
// data for it (unit, last value, previous period, history, one entry per dimension value, collector state).

const HISTORY_WINDOW_MS = 24 * 60 * 60 * 1000;
const HISTORY_MAX_POINTS = 5000;

/** The tile views of a snapshot, in document order: the document's fields win over the plugin's defaults. */
export function tileViews(snapshot) {
  const document = snapshot.dashboard ?? {};
  const data = new Map((snapshot.tiles ?? []).map((tile) => [tile.tileId ?? tile.id, tile]));
  return (document.tiles ?? []).map((tile) => {
    const found = data.get(tile.id) ?? {};
    const view = { ...found, ...withoutEmpty(tile) };
    view.id = tile.id;
    view.title = tile.title ?? found.title ?? found.metricTitle ?? "";
    view.history = [...(found.history ?? [])];
    view.groups = (found.groups ?? []).map((group) => ({ ...group }));
    view.collectorError = found.collectorError ?? null;
    return view;
  });
}

function withoutEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

export function createWallState() {
  const dashboards = new Map();

  function tilesOf(dashboardId) {
    return dashboards.get(dashboardId)?.tiles ?? [];
  }

  return {
    dashboard: (dashboardId) => dashboards.get(dashboardId)?.dashboard ?? null,
    tiles: tilesOf,
    tile: (dashboardId, tileId) => tilesOf(dashboardId).find((tile) => tile.id === tileId),
    has: (dashboardId) => dashboards.has(dashboardId),

    /** Replaces everything of that dashboard: a snapshot is the truth after a (re)connect or a change. */
    applySnapshot(snapshot) {
      const dashboard = snapshot.dashboard;
      dashboards.set(dashboard.id, { dashboard, tiles: tileViews(snapshot) });
      return dashboard.id;
    },

    /**
     * Applies new readings of tiles: { dashboardId, tiles: [{ tileId, last?, previous?, groups? }] }. Returns the ids of
     * tiles that changed; a last value not newer than the tile's own is ignored (it was in the snapshot already).
     */
    applyTileUpdates(update) {
      const changed = [];
      for (const patch of update.tiles ?? []) {
        const tile = tilesOf(update.dashboardId).find((candidate) => candidate.id === patch.tileId);
        if (!tile) continue;
        let touched = false;
        if (patch.last && isNewer(patch.last.timestamp, tile.last?.timestamp)) {
          tile.last = { ...patch.last };
          tile.history.push({ ...patch.last });
          trimHistory(tile.history);
          touched = true;
        }
        if (patch.previous !== undefined) {
          tile.previous = patch.previous;
          touched = true;
        }
        if (patch.groups) {
          tile.groups = patch.groups.map((group) => ({ ...group }));
          touched = true;
        }
        if (touched) changed.push(tile.id);
      }
      return changed;
    },

    /** A collector's last run: its error (or null) on every tile that shows it. Returns [dashboardId, tileId] pairs. */
    applyCollectorStatus(status) {
      const affected = [];
      for (const [dashboardId, entry] of dashboards) {
        for (const tile of entry.tiles) {
          if (tile.collectorId !== status.collectorId) continue;
          tile.collectorError = status.error ?? null;
          affected.push([dashboardId, tile.id]);
        }
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
