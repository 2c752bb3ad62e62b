// The dashboards' data as the server last described them: a snapshot per dashboard, then live figures on top.
// A tile's view is its document (where it stands, what it shows, its own target) merged with the snapshot's data for
// it (unit, last value, previous period, recent points, one entry per dimension value) and its collector's state.

import { GROUPED_WIDGETS } from "./widgets/registry.js";

/** The dimension the host stores a figure's window in (FigureSamples.WindowDimension). */
const WINDOW_DIMENSION = "window";
const HISTORY_WINDOW_MS = 24 * 60 * 60 * 1000;
const HISTORY_MAX_POINTS = 5000;

/** The collector states in which a tile shows its collector's error. */
const FAILING_STATES = new Set(["failing", "unavailable", "missing"]);

/** The tile views of a snapshot, in document order. */
export function tileViews(snapshot) {
  const document = snapshot.dashboard ?? {};
  const data = snapshot.tiles ?? {};
  const collectors = snapshot.collectors ?? {};
  return (document.tiles ?? []).filter(Boolean).map((tile) => {
    const found = data[tile.id] ?? {};
    const collector = collectors[tile.collectorId] ?? null;
    return {
      ...tile,
      title: found.title || tile.title || "",
      unit: found.unit ?? tile.unit ?? "",
      direction: found.direction ?? tile.direction,
      target: found.target ?? tile.target,
      thresholds: found.thresholds ?? tile.thresholds,
      seriesKey: found.seriesKey ?? null,
      metricKey: found.metricKey ?? null,
      // The window the server resolved (the collector's first when the tile names none), so figures of other windows stay out.
      window: found.window ?? tile.window,
      windowLabel: found.windowLabel ?? null,
      last: found.last ?? null,
      previous: found.previous ?? null,
      history: [...(found.series ?? [])],
      groups: (found.breakdown ?? []).map((entry) => ({ key: entry.name, seriesKey: entry.seriesKey, last: entry.last ?? null, values: { ...(entry.metrics ?? {}) } })),
      collectorName: collector?.name ?? null,
      staleAfterSeconds: collector?.staleAfterSeconds ?? 0,
      problem: found.problem ?? null,
      collectorError: FAILING_STATES.has(collector?.status) ? collector.error ?? collector.status : null,
    };
  });
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

    /** Replaces everything of that dashboard: a snapshot is the truth after a (re)connect or a change. Returns its id. */
    applySnapshot(snapshot) {
      const dashboard = snapshot.dashboard;
      const id = snapshot.dashboardId ?? dashboard.id;
      dashboards.set(id, { dashboard: { ...dashboard, id }, tiles: tileViews(snapshot) });
      return id;
    },

    /**
     * Applies a collector's new values ({ dashboardId, collectorId, values: [{ seriesKey, metricKey, dimensions,
     * timestamp, value, state, basis }] }). Returns { changed: tile ids, unplaced: whether some value belongs to an
     * entry the page does not know yet (a new service point), which only a fresh snapshot can place }.
     * A value not newer than what the page has is ignored: the snapshot had it already.
     */
    applyFigures(update) {
      const changed = new Set();
      let unplaced = false;
      const tiles = tilesOf(update.dashboardId);
      for (const figure of update.values ?? []) {
        const reading = { timestamp: figure.timestamp, value: figure.value ?? null, state: figure.state ?? "value", basis: figure.basis ?? null };
        let placed = false;
        for (const tile of tiles) {
          if (tile.seriesKey === figure.seriesKey) {
            placed = true;
            if (!isNewer(reading.timestamp, tile.last?.timestamp)) continue;
            tile.last = reading;
            tile.history.push({ ...reading });
            trimHistory(tile.history);
            changed.add(tile.id);
          }
          for (const group of tile.groups) {
            if (group.seriesKey === figure.seriesKey) {
              placed = true;
              if (isNewer(reading.timestamp, group.last?.timestamp)) {
                group.last = reading;
                changed.add(tile.id);
              }
            }
            const extra = extraMetricOf(tile, group, figure);
            if (extra) {
              placed = true;
              if (isNewer(reading.timestamp, group.values[extra]?.timestamp)) {
                group.values[extra] = reading;
                changed.add(tile.id);
              }
            }
          }
          if (!placed && belongsToBreakdown(tile, figure)) unplaced = true;
        }
      }
      return { changed: [...changed], unplaced };
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

/** The further metric of a servicePoints entry that a figure is, by the entry's name in the tile's groupBy dimension. */
function extraMetricOf(tile, group, figure) {
  if (!tile.metrics?.length || tile.collectorId !== collectorOf(figure.metricKey)) return null;
  const groupBy = tile.groupBy ?? "servicePoint";
  if (figure.dimensions?.[groupBy] !== group.key || !sameFilter(tile, figure.dimensions, groupBy)) return null;
  return tile.metrics.find((metric) => figure.metricKey === `${tile.collectorId}.${metric}`) ?? null;
}

function belongsToBreakdown(tile, figure) {
  const groupBy = tile.groupBy ?? "servicePoint";
  return GROUPED_WIDGETS.has(tile.widget) && tile.metricKey === figure.metricKey && figure.dimensions?.[groupBy] !== undefined && sameFilter(tile, figure.dimensions, groupBy);
}

/** The figure's dimensions are the tile's filter (and window) plus the grouping dimension. */
function sameFilter(tile, dimensions, groupBy) {
  return Object.entries(tile.dimensions ?? {}).every(([name, value]) => dimensions[name] === value)
    && (dimensions[WINDOW_DIMENSION] ?? null) === (tile.window ?? null)
    && groupBy in dimensions;
}

function collectorOf(metricKey) {
  return metricKey?.slice(0, metricKey.indexOf(".")) ?? null;
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
