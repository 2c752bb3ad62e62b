// The live link to the server: SignalR with reconnects forever and a fresh snapshot after every (re)connect.
/* global signalR -- loaded as a classic script from lib/signalr.min.js */
import { hubOptions, isAccessRefused, showAccessRefused } from "./display-token.js";

const RETRY_DELAYS_MS = [0, 2000, 2000, 5000];
const STEADY_RETRY_MS = 5000;

/**
 * Never gives up: a wall screen has nobody in front of it to press reload. Except when the server refuses the screen
 * (its token was revoked): then it says so and stops.
 */
export const foreverRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount, retryReason }) => {
    if (isAccessRefused(retryReason)) {
      showAccessRefused();
      return null;
    }
    return RETRY_DELAYS_MS[previousRetryCount] ?? STEADY_RETRY_MS;
  },
};

/**
 * handlers: onSnapshot(snapshot), onMetrics(update), onCollectorStatus(status),
 * onConnectionState("connected" | "reconnecting" | "disconnected", detail).
 */
export function connectToWall({ hubUrl, wallId, handlers }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl, hubOptions())
    .withAutomaticReconnect(foreverRetryPolicy)
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  // While a snapshot is on its way, pushes are held back and replayed on top of it: a value stored just after the
  // server read the snapshot may arrive before the snapshot itself, and applying it first would lose it.
  let heldBack = null;
  const deliver = (apply) => (heldBack ? heldBack.push(apply) : apply());

  connection.on("MetricsUpdated", (update) => {
    if (!update.wallId || update.wallId === wallId) deliver(() => handlers.onMetrics(update));
  });
  connection.on("CollectorStatusChanged", (status) => deliver(() => handlers.onCollectorStatus(status)));

  connection.onreconnecting((error) => handlers.onConnectionState("reconnecting", error?.message));
  connection.onreconnected(() => resynchronise());
  // withAutomaticReconnect only covers a connection that was once up; onclose means it gave up or never started.
  connection.onclose((error) => {
    handlers.onConnectionState("disconnected", joinError ?? error?.message);
    joinError = null;
    scheduleStart();
  });

  let startTimer = null;
  let joinError = null;

  async function resynchronise() {
    heldBack = [];
    try {
      const snapshot = await connection.invoke("JoinWall", wallId);
      handlers.onSnapshot(snapshot);
      const replay = heldBack;
      heldBack = null;
      replay.forEach((apply) => apply());
      handlers.onConnectionState("connected");
    } catch (error) {
      heldBack = null;
      // The connection dropped during the call: the reconnect (or onclose) that follows joins again.
      if (connection.state !== signalR.HubConnectionState.Connected) return;
      // Connected but refused: a connection that cannot join is useless; stopping it lands in onclose, which
      // reports why and retries.
      joinError = error?.message ?? "The server refused the wall.";
      await connection.stop();
    }
  }

  async function start() {
    startTimer = null;
    try {
      await connection.start();
    } catch (error) {
      handlers.onConnectionState("disconnected", error?.message);
      // A refused screen stays refused until an admin acts: say so instead of retrying behind a banner.
      if (isAccessRefused(error)) {
        showAccessRefused();
        return;
      }
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
    /** Asks for a fresh snapshot now, e.g. when a value arrives for a tile the page does not know yet. */
    resynchronise() {
      if (connection.state === signalR.HubConnectionState.Connected && heldBack === null) resynchronise();
    },
  };
}
