// The tiles of one dashboard on its grid: a frame per tile (title, status in a word and an icon, age, error strip)
// around the widget that draws its data.
import { ageOf } from "./assessment.js";
import { formatAgo, formatDuration } from "./format.js";
import { lastTimestampOf, tileIsStale, tileStatus } from "./tile-status.js";
import { describeReading } from "./reading.js";
import { FREE_WIDGETS, createWidget } from "./widgets/registry.js";

const STATUS_ICONS = { good: "✓", warning: "!", critical: "✕" };
const ERROR_SHOWN_CHARACTERS = 90;

const widgets = new WeakMap();

/** Places every tile of the dashboard on its grid, adding, replacing and removing elements to match, then fills them. */
export function renderDashboard(grid, dashboard, tiles, context) {
  grid.style.setProperty("--columns", dashboard.columns ?? 12);
  grid.style.setProperty("--rows", dashboard.rows ?? 8);
  const existing = new Map([...grid.querySelectorAll(":scope > .tile")].map((element) => [element.dataset.tileId, element]));
  const wanted = new Set(tiles.map((tile) => tile.id));
  for (const [id, element] of existing) {
    if (!wanted.has(id)) removeTile(element);
  }
  for (const tile of tiles) {
    let element = existing.get(tile.id);
    if (element && element.dataset.widget !== tile.widget) {
      removeTile(element);
      element = null;
    }
    element ??= createTileElement(grid, tile);
    element.style.gridColumn = `${(tile.x ?? 0) + 1} / span ${tile.w ?? 1}`;
    element.style.gridRow = `${(tile.y ?? 0) + 1} / span ${tile.h ?? 1}`;
    updateTile(element, tile, context);
  }
}

export function findTileElement(grid, tileId) {
  return [...grid.querySelectorAll(":scope > .tile")].find((element) => element.dataset.tileId === tileId) ?? null;
}

/** Every tile element of the grid, e.g. to refresh ages once a few seconds. */
export function tileElements(grid) {
  return [...grid.querySelectorAll(":scope > .tile")];
}

export function clearDashboard(grid) {
  for (const element of tileElements(grid)) removeTile(element);
}

/** Refreshes one tile's frame and widget from its view. */
export function updateTile(element, tile, { texts, nowMs }) {
  const free = FREE_WIDGETS.has(tile.widget);
  const stale = tileIsStale(tile, nowMs);
  const status = tileStatus(tile);
  const reading = describeReading(tile.last, texts);

  element.dataset.state = status;
  element.dataset.stale = String(stale);
  element.dataset.figureState = free ? "" : reading.figureState;
  element.dataset.value = typeof reading.value === "number" ? String(reading.value) : "";
  element.dataset.timestamp = lastTimestampOf(tile) ?? "";
  element.dataset.collectorId = tile.collectorId ?? "";
  element.classList.toggle("tile--failed", Boolean(tile.collectorError));

  part(element, "title").textContent = tile.title ?? "";
  part(element, "status").textContent = free || !STATUS_ICONS[status] ? "" : `${STATUS_ICONS[status]} ${texts.t(status)}`;
  part(element, "age").textContent = free ? "" : describeAge(tile, stale, nowMs, texts);
  part(element, "foot").hidden = free;

  const error = part(element, "error");
  error.hidden = !tile.collectorError;
  part(element, "error-text").textContent = tile.collectorError ? texts.t("collectorFailing", { error: shortened(tile.collectorError) }) : "";
  error.title = tile.collectorError ?? "";

  widgets.get(element).update(tile, { texts, nowMs, status, stale });
}

function describeAge(tile, stale, nowMs, texts) {
  const age = ageOf(lastTimestampOf(tile), nowMs);
  if (age === null) return texts.t("noDataYet");
  if (stale) return texts.t("staleFor", { duration: formatDuration(age, texts.locale) });
  const ago = formatAgo(age, texts.locale);
  return ago === null ? texts.t("updatedJustNow") : texts.t("updatedAgo", { ago });
}

/** The first sentence or line of an error, cut at a length a tile can show; the whole text is in the tooltip and on the admin page. */
export function shortened(error) {
  const first = String(error).split(/\r?\n|(?<=\.)\s/)[0].trim();
  return first.length > ERROR_SHOWN_CHARACTERS ? `${first.slice(0, ERROR_SHOWN_CHARACTERS - 1)}…` : first;
}

function part(element, name) {
  return element.querySelector(`[data-part="${name}"]`);
}

function createTileElement(grid, tile) {
  const element = document.createElement("article");
  element.className = "tile";
  element.dataset.tileId = tile.id;
  element.dataset.widget = tile.widget;
  element.innerHTML = `
    <header class="tile-head"><h2 class="tile-title" data-part="title"></h2></header>
    <div class="tile-body" data-part="body"></div>
    <div class="tile-error" data-part="error" role="status" hidden><span aria-hidden="true">⚠</span> <span data-part="error-text"></span></div>
    <footer class="tile-foot" data-part="foot"><span class="tile-status" data-part="status"></span><span class="tile-age" data-part="age"></span></footer>`;
  grid.append(element);
  widgets.set(element, createWidget(tile.widget, part(element, "body")));
  return element;
}

function removeTile(element) {
  widgets.get(element)?.destroy();
  element.remove();
}
