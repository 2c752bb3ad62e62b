// Says loudly when the wall is not live, so nobody trusts numbers that stopped moving; and when the screen may not
// show anything at all, says that instead of a blank wall.
import { formatClock } from "./format.js";

let lostAt = null;

/**
 * Sets body[data-connection] and shows or hides the banner. detail is the client's error text, if any;
 * hasData says whether tiles are on screen (and so may be out of date).
 */
export function showConnectionState(state, { everConnected, detail, nowMs, hasData, texts }) {
  document.body.dataset.connection = state;
  const banner = document.getElementById("connection-banner");
  document.getElementById("access-denied").hidden = state !== "denied";
  const label = document.querySelector(".live-label");
  if (label) label.textContent = texts.t(state === "connected" ? "live" : state === "reconnecting" ? "reconnectingShort" : "offline");
  if (state === "connected" || state === "denied") {
    lostAt = null;
    banner.hidden = true;
    return;
  }
  lostAt ??= nowMs;
  const stillConnecting = !everConnected && !detail;
  const since = everConnected ? texts.t("since", { time: formatClock(new Date(lostAt), texts.locale) }) : "";
  document.getElementById("connection-message").textContent =
    headline(state, { stillConnecting, refused: /HubException/.test(detail ?? ""), since, texts }) + (hasData ? texts.t("outOfDate") : "");
  document.getElementById("connection-detail").textContent = detail ?? "";
  banner.dataset.severity = state === "reconnecting" || stillConnecting ? "warning" : "critical";
  banner.hidden = false;
}

function headline(state, { stillConnecting, refused, since, texts }) {
  if (stillConnecting) return texts.t("connecting");
  if (refused) return texts.t("refused");
  if (state === "reconnecting") return texts.t("reconnecting", { since });
  return texts.t("unreachable", { since });
}
