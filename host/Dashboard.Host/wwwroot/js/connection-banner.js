// Says loudly when the wall is not live, so nobody trusts numbers that stopped moving.
import { formatClock } from "./format.js";

let lostAt = null;

/**
 * Sets body[data-connection] and shows or hides the banner. detail is the client's error text, if any;
 * hasData says whether tiles are on screen (and so may be out of date).
 */
export function showConnectionState(state, { everConnected, detail, nowMs, hasData }) {
  document.body.dataset.connection = state;
  const banner = document.getElementById("connection-banner");
  if (state === "connected") {
    lostAt = null;
    banner.hidden = true;
    return;
  }
  lostAt ??= nowMs;
  const stillConnecting = !everConnected && !detail;
  document.getElementById("connection-message").textContent =
    headline(state, { stillConnecting, refused: /HubException/.test(detail ?? ""), since: everConnected ? ` since ${formatClock(new Date(lostAt))}` : "" }) +
    (hasData ? " Values may be out of date." : "");
  document.getElementById("connection-detail").textContent = detail ?? "";
  banner.dataset.severity = state === "reconnecting" || stillConnecting ? "warning" : "bad";
  banner.hidden = false;
}

function headline(state, { stillConnecting, refused, since }) {
  if (stillConnecting) return "Connecting to the dashboard server…";
  if (refused) return "The dashboard server refused this wall – retrying every few seconds.";
  if (state === "reconnecting") return `Connection lost${since} – reconnecting…`;
  return `Cannot reach the dashboard server${since} – retrying every few seconds.`;
}
