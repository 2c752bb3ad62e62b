// Wires a wall screen together: route -> playlist or dashboard -> snapshot at once -> live connection -> state ->
// tiles, plus the timers that keep ages honest, the rotation, and the reloads a screen nobody touches needs.
import { AccessDeniedError, ApiError, adoptTokenFromAddress, getJson } from "./api.js";
import { connectLive } from "./connection.js";
import { showConnectionState } from "./connection-banner.js";
import { formatClock } from "./format.js";
import { createTexts } from "./i18n.js";
import { createCriticalWatch, createRotation } from "./rotation.js";
import { createServerClock } from "./server-clock.js";
import { tileStatus } from "./tile-status.js";
import { clearDashboard, renderDashboard, tileElements, updateTile } from "./tiles.js";
import { createWallState } from "./wall-state.js";
import { parseWallRoute } from "./wall-route.js";

const AGE_REFRESH_MS = 5000;
const CLOCK_REFRESH_MS = 1000;
// A safety net for changes no push announced: a fresh snapshot now and then.
const PERIODIC_RESYNC_MS = 15 * 60 * 1000;
/** How bad each connection state is: with a playlist's several connections the screen shows the worst. */
const CONNECTION_SEVERITY = { connected: 0, reconnecting: 1, disconnected: 2, denied: 3 };

// A half-loaded page (a library or the style sheet missing) is left for wall.html's watchdog to reload.
const stylesLoaded = getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() !== "";
window.wallStarted = stylesLoaded && typeof signalR !== "undefined" && typeof echarts !== "undefined";

const grid = document.getElementById("tiles");
const clock = createServerClock();
const state = createWallState();
const criticalWatch = createCriticalWatch();
const connections = new Map();
let texts = createTexts("en");
let shownId = null;
let rotation = null;
let rotationTimer = null;
let everConnected = false;
let hostVersion = null;

function showMessage(text, detail = "") {
  const message = document.getElementById("wall-message");
  message.querySelector("[data-part=text]").textContent = text;
  message.querySelector("[data-part=detail]").textContent = detail;
  message.hidden = !text;
}

function render() {
  const dashboard = state.dashboard(shownId);
  if (!dashboard) return;
  texts = createTexts(dashboard.language);
  document.documentElement.lang = texts.language;
  document.body.dataset.dashboard = shownId;
  document.body.dataset.language = texts.language;
  document.getElementById("wall-title").textContent = dashboard.title ?? shownId;
  document.title = dashboard.title ?? shownId;
  const tiles = state.tiles(shownId);
  renderDashboard(grid, dashboard, tiles, { texts, nowMs: clock.now() });
  showMessage(tiles.length === 0 ? texts.t("emptyDashboard") : "");
  refreshHeader();
}

function refreshTiles(tileIds) {
  const context = { texts, nowMs: clock.now() };
  for (const element of tileElements(grid)) {
    if (tileIds && !tileIds.includes(element.dataset.tileId)) continue;
    const tile = state.tile(shownId, element.dataset.tileId);
    if (tile) updateTile(element, tile, context);
  }
}

function connectionState() {
  const states = [...connections.values()].map((entry) => entry.state);
  return states.reduce((worst, candidate) => (CONNECTION_SEVERITY[candidate] > CONNECTION_SEVERITY[worst] ? candidate : worst), states[0] ?? "disconnected");
}

function refreshHeader() {
  document.getElementById("clock").textContent = formatClock(new Date(clock.now()), texts.locale);
  const worst = connectionState();
  const detail = [...connections.values()].find((entry) => entry.state === worst)?.detail;
  showConnectionState(worst, { everConnected, detail, nowMs: clock.now(), hasData: grid.children.length > 0, texts });
}

function show(dashboardId) {
  if (shownId === dashboardId) return;
  shownId = dashboardId;
  document.body.dataset.dashboard = dashboardId;
  clearDashboard(grid);
  render();
}

/** Brings a playlist's dashboard forward when one of its tiles crossed into critical. */
function checkCrossings(dashboardId) {
  const crossed = criticalWatch.crossings(state.tiles(dashboardId).map((tile) => [`${dashboardId}/${tile.id}`, tileStatus(tile)]));
  if (crossed.length > 0 && rotation?.interrupt(dashboardId, Date.now())) {
    show(rotation.current.dashboardId);
    scheduleRotation();
  }
}

function scheduleRotation() {
  clearTimeout(rotationTimer);
  if (!rotation?.switchAt) return;
  rotationTimer = setTimeout(() => {
    if (rotation.tick(Date.now())) show(rotation.current.dashboardId);
    scheduleRotation();
  }, Math.max(0, rotation.switchAt - Date.now()));
}

/** A screen nobody touches reloads itself when the host it talks to was upgraded. */
function observeHostVersion(version) {
  if (!version) return;
  if (hostVersion !== null && version !== hostVersion) location.reload();
  hostVersion = version;
}

function applySnapshot(snapshot) {
  clock.synchronise(snapshot.serverTime);
  observeHostVersion(snapshot.hostVersion);
  const id = state.applySnapshot(snapshot);
  if (shownId === null) {
    rotation?.start(Date.now());
    scheduleRotation();
    shownId = rotation?.current?.dashboardId ?? id;
  }
  if (id === shownId) render();
  checkCrossings(id);
}

function onConnectionState(dashboardId, newState, detail) {
  connections.get(dashboardId).state = newState;
  connections.get(dashboardId).detail = detail ?? null;
  if (newState === "connected") everConnected = true;
  if (newState === "denied") {
    clearDashboard(grid);
    shownId = null;
  }
  refreshHeader();
}

/** A screen that could not start (no access, no such dashboard yet, server away) tries again by loading itself anew. */
const RESTART_AFTER_FAILURE_MS = 30_000;

function fail(error, route) {
  setTimeout(() => location.reload(), RESTART_AFTER_FAILURE_MS);
  if (error instanceof AccessDeniedError) {
    connections.set(route.id, { state: "denied" });
    refreshHeader();
    return;
  }
  const notFound = error instanceof ApiError && error.status === 404;
  showMessage(notFound ? texts.t("notFound", { id: route.id }) : error.message, notFound ? "" : route.id);
}

function watch(dashboardId) {
  const entry = { state: "disconnected", detail: null, live: null };
  connections.set(dashboardId, entry);
  entry.live = connectLive({
    hubUrl: "/hubs/live",
    dashboardId,
    handlers: {
      onSnapshot: applySnapshot,
      onFigures(update) {
        const { changed, unplaced } = state.applyFigures({ ...update, dashboardId });
        if (dashboardId === shownId) refreshTiles(changed);
        if (unplaced) entry.live.refresh();
        checkCrossings(dashboardId);
      },
      onCollectorStatus(status) {
        const affected = state.applyCollectorStatus(status).filter(([id]) => id === shownId).map(([, tileId]) => tileId);
        refreshTiles(affected);
      },
      onReload: () => location.reload(),
      onHostVersion: observeHostVersion,
      onConnectionState: (newState, detail) => onConnectionState(dashboardId, newState, detail),
    },
  });
}

async function start() {
  adoptTokenFromAddress();
  const route = parseWallRoute(location.pathname, location.search);
  refreshHeader();
  if (!route) {
    location.replace("/");
    return;
  }
  try {
    let dashboardIds = [route.id];
    if (route.kind === "playlist") {
      const playlist = await getJson(`/api/playlists/${encodeURIComponent(route.id)}`);
      rotation = createRotation(playlist.items ?? [], { interruptOnCritical: playlist.interruptOnCritical === true });
      dashboardIds = rotation.dashboardIds;
      document.body.dataset.playlist = route.id;
    }
    // Filled at once from stored values, before the live connection is even negotiated.
    const first = await getJson(`/api/dashboards/${encodeURIComponent(dashboardIds[0])}/snapshot`);
    applySnapshot(first);
    dashboardIds.forEach(watch);
  } catch (error) {
    fail(error, route);
  }
}

if (window.wallStarted) {
  start();
  setInterval(() => refreshTiles(null), AGE_REFRESH_MS);
  setInterval(() => {
    document.getElementById("clock").textContent = formatClock(new Date(clock.now()), texts.locale);
    refreshTiles(tileElements(grid).filter((element) => element.dataset.widget === "clock").map((element) => element.dataset.tileId));
  }, CLOCK_REFRESH_MS);
  setInterval(() => connections.forEach((entry) => entry.live?.refresh()), PERIODIC_RESYNC_MS);
}
