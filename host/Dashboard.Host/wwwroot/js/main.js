// Wires the wall together: connection -> state -> tiles, plus the timers that keep ages honest.
import { connectToWall } from "./connection.js";
import { createServerClock } from "./server-clock.js";
import { createWallState } from "./wall-state.js";
import { findTileElement, renderTiles, updateTile } from "./tiles.js";
import { showConnectionState } from "./connection-banner.js";
import { formatClock } from "./format.js";
import { adoptTokenFromAddress } from "./display-token.js";

const AGE_REFRESH_MS = 5000;
// A safety net for changes no push announces (a collector removed or renamed): a fresh snapshot now and then.
const PERIODIC_RESYNC_MS = 15 * 60 * 1000;
const UNKNOWN_METRIC_RESYNC_MS = 60 * 1000;
let lastUnknownMetricResync = -Infinity;

// A half-loaded page (a library or the style sheet missing) is left for index.html's watchdog to reload.
const stylesLoaded = getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() !== "";
window.wallStarted = stylesLoaded && typeof signalR !== "undefined" && typeof uPlot !== "undefined";

adoptTokenFromAddress();
const wallId = new URLSearchParams(location.search).get("wall") || "default";
const grid = document.getElementById("tiles");
const emptyState = document.getElementById("empty-state");
const clock = createServerClock();
const state = createWallState();
let hasSnapshot = false;

function renderAll() {
  const tiles = state.tiles;
  document.getElementById("wall-title").textContent = state.wall?.title ?? "Service quality";
  document.title = `${state.wall?.title ?? "Wall"} – Service quality`;
  emptyState.hidden = !hasSnapshot || tiles.length > 0;
  renderTiles(grid, tiles, clock.now());
}

function refreshAges() {
  const now = clock.now();
  for (const tile of state.tiles) {
    const element = findTileElement(grid, tile.metricKey);
    if (element) updateTile(element, tile, now, { redrawChart: false });
  }
  document.getElementById("clock").textContent = formatClock(new Date(now));
}

function refreshTiles(metricKeys, redrawChart) {
  const now = clock.now();
  for (const key of metricKeys) {
    const element = findTileElement(grid, key);
    if (element) updateTile(element, state.tile(key), now, { redrawChart });
  }
}

document.body.dataset.wall = wallId;
let everConnected = false;
showConnectionState("disconnected", { everConnected, nowMs: clock.now(), hasData: false });

const live = window.wallStarted && connectToWall({
  hubUrl: "hubs/live",
  wallId,
  handlers: {
    onSnapshot(snapshot) {
      clock.synchronise(snapshot.serverTime);
      state.applySnapshot(snapshot);
      hasSnapshot = true;
      renderAll();
      refreshAges();
    },
    onMetrics(update) {
      refreshTiles(state.applyMetrics(update), true);
      // A value for a tile the page has never seen means a collector was added: fetch the wall again.
      const unknown = (update.values ?? []).some((value) => !state.tile(value.metricKey));
      if (unknown && Date.now() - lastUnknownMetricResync > UNKNOWN_METRIC_RESYNC_MS) {
        lastUnknownMetricResync = Date.now();
        live.resynchronise();
      }
    },
    onCollectorStatus(status) {
      refreshTiles(state.applyCollectorStatus(status), false);
    },
    onConnectionState(connectionState, detail) {
      if (connectionState === "connected") everConnected = true;
      showConnectionState(connectionState, { everConnected, detail, nowMs: clock.now(), hasData: state.tiles.length > 0 });
    },
  },
});

if (live) {
  // A screen turned to portrait (or a window resized) gets its grid shaped again.
  window.addEventListener("resize", () => renderTiles(grid, state.tiles, clock.now()));
  refreshAges();
  setInterval(refreshAges, AGE_REFRESH_MS);
  setInterval(() => live.resynchronise(), PERIODIC_RESYNC_MS);
}
