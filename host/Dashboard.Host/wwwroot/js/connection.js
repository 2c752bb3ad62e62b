// The live link of one dashboard: SignalR with reconnects forever. After every (re)connect the page watches its
// dashboard again (Watch returns a fresh snapshot), so it never shows a gap; pushes that arrive while that snapshot
// is on its way are held back and replayed on top of it.
/* global signalR -- loaded as a classic script from /lib/signalr.min.js */
import { AccessDeniedError, hubOptions } from "./api.js";

const RETRY_DELAYS_MS = [0, 2000, 2000, 5000];
const STEADY_RETRY_MS = 5000;
/** Several changes announced in a short while (a collector renamed, then a tile added) cost one snapshot. */
const REFRESH_COALESCE_MS = 150;

/** Never gives up: a wall screen has nobody in front of it to press reload. */
export const foreverRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
    RETRY_DELAYS_MS[previousRetryCount] ?? STEADY_RETRY_MS,
};

/** A refused token comes back from the hub's negotiate as an error naming the status code. */
export function isAccessDenied(error) {
  return error instanceof AccessDeniedError || /\bstatus code '?(401|403)\b/i.test(error?.message ?? "");
}

/**
 * handlers: onSnapshot(snapshot), onFigures(update), onCollectorStatus(status), onReload(), onHostVersion(version),
 * onConnectionState("connected" | "reconnecting" | "disconnected" | "denied", detail).
 */
export function connectLive({ hubUrl, dashboardId, handlers }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl, hubOptions())
    .withAutomaticReconnect(foreverRetryPolicy)
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  let heldBack = null;
  const deliver = (apply) => (heldBack ? heldBack.push(apply) : apply());
  const ours = (message) => !message?.dashboardId || message.dashboardId === dashboardId;

  connection.on("FiguresUpdated", (update) => {
    if (ours(update)) deliver(() => handlers.onFigures(update));
  });
  connection.on("DashboardChanged", (change) => {
    if (ours(change)) refreshSoon();
  });
  connection.on("CollectorStatusChanged", (status) => deliver(() => handlers.onCollectorStatus(status)));
  connection.on("Reload", () => handlers.onReload());
  connection.on("HostVersion", (info) => handlers.onHostVersion(info?.version));

  connection.onreconnecting((error) => handlers.onConnectionState("reconnecting", error?.message));
  connection.onreconnected(() => resynchronise());
  // withAutomaticReconnect only covers a connection that was once up; onclose means it gave up or never started.
  connection.onclose((error) => {
    if (!denied) handlers.onConnectionState("disconnected", joinError ?? error?.message);
    joinError = null;
    scheduleStart();
  });

  let startTimer = null;
  let refreshTimer = null;
  let joinError = null;
  let denied = false;

  async function resynchronise() {
    heldBack ??= [];
    try {
      // The server joins the dashboard's group before it reads the snapshot: a value stored in between arrives as a push.
      const snapshot = await connection.invoke("Watch", dashboardId);
      handlers.onSnapshot(snapshot);
      const replay = heldBack;
      heldBack = null;
      replay.forEach((apply) => apply());
      denied = false;
      handlers.onConnectionState("connected");
    } catch (error) {
      heldBack = null;
      // The connection dropped during the call: the reconnect (or onclose) that follows watches again.
      if (connection.state !== signalR.HubConnectionState.Connected) return;
      // Connected but refused (no such dashboard, or not this screen's): stopping lands in onclose, which reports why and retries.
      joinError = error?.message ?? "The server refused this screen.";
      await connection.stop();
    }
  }

  function refreshSoon() {
    refreshTimer ??= setTimeout(() => {
      refreshTimer = null;
      if (connection.state === signalR.HubConnectionState.Connected && heldBack === null) resynchronise();
    }, REFRESH_COALESCE_MS);
  }

  async function start() {
    startTimer = null;
    try {
      await connection.start();
    } catch (error) {
      denied = isAccessDenied(error);
      handlers.onConnectionState(denied ? "denied" : "disconnected", error?.message);
      scheduleStart();
      return;
    }
    await resynchronise();
  }

  function scheduleStart() {
    if (startTimer === null && connection.state === signalR.HubConnectionState.Disconnected) {
      startTimer = setTimeout(start, STEADY_RETRY_MS);
    }
  }

  start();
  return {
    /** Asks for a fresh snapshot (a value for an entry the page does not know yet, or the periodic safety net). */
    refresh: refreshSoon,
  };
}
