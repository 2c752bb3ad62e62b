// The live link to the server: SignalR with reconnects forever and a fresh snapshot after every (re)connect.
/* global signalR -- loaded as a classic script from lib/signalr.min.js */

const RETRY_DELAYS_MS = [0, 2000, 2000, 5000];
const STEADY_RETRY_MS = 5000;

/** Never gives up: a wall screen has nobody in front of it to press reload. */
export const foreverRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
    RETRY_DELAYS_MS[previousRetryCount] ?? STEADY_RETRY_MS,
};

/**
 * handlers: onSnapshot(snapshot), onMetrics(update), onCollectorStatus(status),
 * onConnectionState("connected" | "reconnecting" | "disconnected", detail).
 */
export function connectToWall({ hubUrl, wallId, handlers }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl)
    .withAutomaticReconnect(foreverRetryPolicy)
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  connection.on("MetricsUpdated", (update) => {
    if (!update.wallId || update.wallId === wallId) handlers.onMetrics(update);
  });
  connection.on("CollectorStatusChanged", (status) => handlers.onCollectorStatus(status));

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
    try {
      const snapshot = await connection.invoke("JoinWall", wallId);
      handlers.onSnapshot(snapshot);
      handlers.onConnectionState("connected");
    } catch (error) {
      // A connection that cannot join is useless; stopping it lands in onclose, which reports why and retries.
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
  return connection;
}
