// Says loudly when the wall is not live, so nobody trusts numbers that stopped moving.
import { formatClock } from "./format.js";

let lostAt = null;

/** Sets body[data-connection] and shows or hides the banner; detail is the client's error text, if any. */
export function showConnectionState(state, { everConnected, detail, nowMs }) {
  document.body.dataset.connection = state;
  const banner = document.getElementById("connection-banner");
  if (state === "connected") {
    lostAt = null;
    banner.hidden = true;
    return;
  }
  lostAt ??= nowMs;
  const since = everConnected ? ` since ${formatClock(new Date(lostAt))}` : "";
  const message = !everConnected && !detail
    ? "Connecting to the dashboard server…"
    : state === "reconnecting"
      ? `Connection lost${since} – reconnecting… Values may be out of date.`
      : `Cannot reach the dashboard server${since} – retrying every few seconds. Values may be out of date.`;
  document.getElementById("connection-message").textContent = message;
  document.getElementById("connection-detail").textContent = detail ?? "";
  banner.dataset.severity = state === "reconnecting" || !everConnected ? "warning" : "bad";
  banner.hidden = false;
}
