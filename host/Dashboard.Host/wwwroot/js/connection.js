// The live link to the server: SignalR with reconnects forever. After every (re)connect the page watches its
// dashboards again and reads a fresh snapshot of each, so it never shows a gap; pushes that arrive while a snapshot
// is on its way are held back and replayed on top of it.
/* global signalR -- loaded as a classic script from /lib/signalr.min.js */
import { AccessDeniedError, hubOptions } from "./api.js";

const RETRY_DELAYS_MS = [0, 2000, 2000, 5000];
const STEADY_RETRY_MS = 5000;
/** Several pushes that call for a snapshot in a short while (a collection updating many tiles) cost one read. */
const REFRESH_COALESCE_MS = 150;

/** Never gives up: a wall screen has nobody in front of it to press reload. */
export const foreverRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
    RETRY_DELAYS_MS[previousRetryCount] ?? STEADY_RETRY_MS,
};

/** A refused token on the hub's negotiate comes back as an error naming the status code. */
export function isAccessDenied(error) {
  return error instanceof AccessDeniedError || /\b(401|403)\b/.test(error?.message ?? "");
}

/**
 * dashboardIds: the dashboards to watch; loadSnapshot(id): the snapshot from the API.
 * handlers: onSnapshot(snapshot), onTiles(update), onCollectorStatus(status), onReload(),
 * onConnectionState("connected" | "reconnecting" | "disconnected" | "denied", detail).
 */
export function connectLive({ hubUrl, dashboardIds, loadSnapshot, handlers }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl, hubOptions())
    .withAutomaticReconnect(foreverRetryPolicy)
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  const watched = new Set(dashboardIds);
  let heldBack = null;
  const deliver = (apply) => (heldBack ? heldBack.push(apply) : apply());

  const onTiles = (update) => {
    if (update?.dashboardId && !watched.has(update.dashboardId)) return;
    if (Array.isArray(update?.tiles)) deliver(() => handlers.onTiles(update));
    else refreshSoon(update?.dashboardId);
  };
  connection.on("TilesUpdated", onTiles);
  connection.on("MetricsUpdated", onTiles);
  connection.on("DashboardChanged", (change) => refreshSoon(change?.dashboardId));
  connection.on("CollectorStatusChanged", (status) => deliver(() => handlers.onCollectorStatus(status)));
  connection.on("Reload", () => handlers.onReload());

  connection.onreconnecting((error) => handlers.onConnectionState("reconnecting", error?.message));
  connection.onreconnected(() => resynchronise([...watched], true));
  // withAutomaticReconnect only covers a connection that was once up; onclose means it gave up or never started.
  connection.onclose((error) => {
    if (!denied) handlers.onConnectionState("disconnected", joinError ?? error?.message);
    joinError = null;
    scheduleStart();
  });

  let startTimer = null;
  let joinError = null;
  let denied = false;
  let refreshTimer = null;
  const refreshIds = new Set();

  function reportDenied(error) {
    denied = true;
    handlers.onConnectionState("denied", error?.message);
  }

  async function resynchronise(ids, joinFirst) {
    heldBack ??= [];
    try {
      // Watching first and reading second: a value stored in between arrives as a push rather than falling into a gap.
      if (joinFirst) {
        for (const id of ids) await connection.invoke("Watch", id);
      }
      for (const id of ids) handlers.onSnapshot(await loadSnapshot(id));
      const replay = heldBack;
      heldBack = null;
      replay.forEach((apply) => apply());
      denied = false;
      handlers.onConnectionState("connected");
    } catch (error) {
      heldBack = null;
      if (isAccessDenied(error)) {
        reportDenied(error);
        await connection.stop();
        return;
      }
      // The connection dropped during the call: the reconnect (or onclose) that follows joins again.
      if (connection.state !== signalR.HubConnectionState.Connected) return;
      // Connected but refused: stopping lands in onclose, which reports why and retries.
      joinError = error?.message ?? "The server refused this screen.";
      await connection.stop();
    }
  }

  function refreshSoon(dashboardId) {
    for (const id of dashboardId && watched.has(dashboardId) ? [dashboardId] : watched) refreshIds.add(id);
    refreshTimer ??= setTimeout(() => {
      refreshTimer = null;
      const ids = [...refreshIds];
      refreshIds.clear();
      if (connection.state === signalR.HubConnectionState.Connected) resynchronise(ids, false);
    }, REFRESH_COALESCE_MS);
  }

  async function start() {
    startTimer = null;
    try {
      await connection.start();
    } catch (error) {
      if (isAccessDenied(error)) reportDenied(error);
      else handlers.onConnectionState("disconnected", error?.message);
      scheduleStart();
      return;
    }
    await resynchronise([...watched], true);
  }

  function scheduleStart() {
    if (startTimer === null && connection.state === signalR.HubConnectionState.Disconnected) {
      startTimer = setTimeout(start, STEADY_RETRY_MS);
    }
  }

  start();
  return {
    /** Reads fresh snapshots now (a safety net against a change no push announced). */
    refresh: () => refreshSoon(null),
  };
}
