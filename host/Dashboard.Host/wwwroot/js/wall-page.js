// Wires a wall screen together: route -> playlist or dashboard -> live connection -> state -> tiles, plus the
// timers that keep ages honest, the rotation, and the reloads a screen nobody touches needs.
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
const VERSION_PATH = "/api/host/version";

// A half-loaded page (a library or the style sheet missing) is left for wall.html's watchdog to reload.
const stylesLoaded = getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() !== "";
window.wallStarted = stylesLoaded && typeof signalR !== "undefined" && typeof echarts !== "undefined";

const grid = document.getElementById("tiles");
const clock = createServerClock();
const state = createWallState();
const criticalWatch = createCriticalWatch();
let texts = createTexts("en");
let shownId = null;
let rotation = null;
let rotationTimer = null;
let everConnected = false;
let connectionState = "disconnected";
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
  document.body.dataset.dashboard = dashboard.id;
  document.body.dataset.language = texts.language;
  document.getElementById("wall-title").textContent = dashboard.title ?? dashboard.id;
  document.title = dashboard.title ?? dashboard.id;
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

function refreshHeader() {
  document.getElementById("clock").textContent = formatClock(new Date(clock.now()), texts.locale);
  showConnectionState(connectionState, { everConnected, nowMs: clock.now(), hasData: grid.children.length > 0, texts, detail: lastDetail });
}

function show(dashboardId) {
  if (shownId === dashboardId) return;
  shownId = dashboardId;
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
async function checkHostVersion() {
  try {
    const { version } = await getJson(VERSION_PATH);
    if (hostVersion !== null && version !== hostVersion) location.reload();
    hostVersion = version;
  } catch {
    // The version is a courtesy; a host without it (or a failed read) changes nothing.
  }
}

let lastDetail = null;
let live = null;
function onConnectionState(newState, detail) {
  if (newState === "connected" && everConnected && connectionState !== "connected") checkHostVersion();
  if (newState === "connected") everConnected = true;
  connectionState = newState;
  lastDetail = detail ?? null;
  if (newState === "denied") {
    clearDashboard(grid);
    shownId = null;
  }
  refreshHeader();
}

function fail(error, route) {
  if (error instanceof AccessDeniedError) {
    onConnectionState("denied", error.message);
    return;
  }
  const notFound = error instanceof ApiError && error.status === 404;
  showMessage(notFound ? texts.t("notFound", { id: route.id }) : error.message, notFound ? "" : route.id);
}

async function start() {
  adoptTokenFromAddress();
  const route = parseWallRoute(location.pathname, location.search);
  refreshHeader();
  if (!route) {
    location.replace("/");
    return;
  }
  let dashboardIds = [route.id];
  if (route.kind === "playlist") {
    try {
      const playlist = await getJson(`/api/playlists/${encodeURIComponent(route.id)}`);
      rotation = createRotation(playlist.items ?? [], { interruptOnCritical: playlist.interruptOnCritical === true });
      dashboardIds = rotation.dashboardIds;
      document.body.dataset.playlist = route.id;
    } catch (error) {
      fail(error, route);
      return;
    }
  }

  checkHostVersion();
  live = connectLive({
    hubUrl: "/hubs/live",
    dashboardIds,
    loadSnapshot: (id) => getJson(`/api/dashboards/${encodeURIComponent(id)}/snapshot`),
    handlers: {
      onSnapshot(snapshot) {
        clock.synchronise(snapshot.serverTime);
        const id = state.applySnapshot(snapshot);
        if (shownId === null) {
          if (rotation) {
            rotation.start(Date.now());
            scheduleRotation();
          }
          shownId = rotation?.current?.dashboardId ?? id;
        }
        if (id === shownId) render();
        checkCrossings(id);
      },
      onTiles(update) {
        const changed = state.applyTileUpdates(update);
        if (update.dashboardId === shownId) refreshTiles(changed);
        checkCrossings(update.dashboardId);
      },
      onCollectorStatus(status) {
        const affected = state.applyCollectorStatus(status).filter(([dashboardId]) => dashboardId === shownId).map(([, tileId]) => tileId);
        refreshTiles(affected);
      },
      onReload: () => location.reload(),
      onConnectionState,
    },
  });
}

if (window.wallStarted) {
  start();
  setInterval(() => refreshTiles(null), AGE_REFRESH_MS);
  setInterval(() => {
    document.getElementById("clock").textContent = formatClock(new Date(clock.now()), texts.locale);
    for (const element of grid.querySelectorAll(':scope > .tile[data-widget="clock"]')) {
      updateTile(element, state.tile(shownId, element.dataset.tileId), { texts, nowMs: clock.now() });
    }
  }, CLOCK_REFRESH_MS);
  setInterval(() => live?.refresh(), PERIODIC_RESYNC_MS);
}
