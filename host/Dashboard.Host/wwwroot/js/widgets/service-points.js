// The service-point board: each point open or closed, people waiting and the longest wait. A closed point with
// people waiting is the one thing a manager must not miss, so it stands out in colour, icon and words.
import { formatNumber } from "../format.js";

/**
 * The queue-times figures a point's row reads beside the tile's own metric (people waiting, `queue_length`), named
 * in the tile's `metrics` (docs/metrics/queue-times.md defines them).
 */
export const POINT_METRICS = {
  longestWait: "longest_wait_minutes",
  waitingWhereClosed: "waiting_at_closed_points",
};

/** { key, open, waiting, longestWait, alert } for one entry of a servicePoints tile. */
export function describePoint(group) {
  const values = group.values ?? {};
  const waitingReading = group.last;
  const open = (waitingReading?.state ?? "value") !== "closed";
  const waitingValue = open ? waitingReading?.value : values[POINT_METRICS.waitingWhereClosed]?.value;
  const waiting = typeof waitingValue === "number" ? waitingValue : 0;
  const longest = values[POINT_METRICS.longestWait];
  return {
    key: group.key,
    open,
    waiting,
    longestWait: open && typeof longest?.value === "number" ? longest.value : null,
    alert: !open && waiting > 0,
  };
}

export function createServicePointsWidget(body) {
  body.innerHTML = `<ul class="points" data-part="points"></ul>`;
  const list = body.querySelector("[data-part=points]");

  return {
    update(tile, { texts }) {
      const points = (tile.groups ?? []).map(describePoint)
        .sort((a, b) => Number(b.alert) - Number(a.alert) || Number(b.open) - Number(a.open) || a.key.localeCompare(b.key));
      const shown = typeof tile.limit === "number" && tile.limit > 0 ? points.slice(0, tile.limit) : points;
      list.replaceChildren(...shown.map((point) => {
        const row = document.createElement("li");
        row.className = "point";
        row.dataset.key = point.key;
        row.dataset.open = String(point.open);
        row.dataset.alert = String(point.alert);
        row.innerHTML = `<span class="point-name"></span><span class="point-state"></span><span class="point-waiting"></span><span class="point-longest"></span>`;
        row.querySelector(".point-name").textContent = point.key;
        row.querySelector(".point-state").textContent = point.alert
          ? `⚠ ${texts.t("closedWithWaiting", { count: formatNumber(point.waiting, texts.locale, 0) })}`
          : point.open ? `● ${texts.t("open")}` : `○ ${texts.t("closed")}`;
        row.querySelector(".point-waiting").textContent = point.open ? `${formatNumber(point.waiting, texts.locale, 0)} ${texts.t("waiting")}` : "";
        row.querySelector(".point-longest").textContent = point.longestWait === null
          ? ""
          : texts.t("longestWait", { value: `${formatNumber(point.longestWait, texts.locale, 0)} min` });
        return row;
      }));
      if (shown.length === 0) list.innerHTML = `<li class="top-empty">${texts.t("noPoints")}</li>`;
      list.style.setProperty("--rows", String(Math.max(shown.length, 3)));
    },
    destroy() {},
  };
}
