// Tiles on the wall: one element per metric, kept in step with the wall state.
import { assessValue, ageOf, isStale } from "./assessment.js";
import { formatDuration, formatUpdatedAgo, formatValue } from "./format.js";
import { createSparkline } from "./sparkline.js";

const STATE_LABELS = {
  good: "✓ On target",
  warning: "! Near target",
  bad: "✕ Off target",
  neutral: "",
};

const sparklines = new WeakMap();

/** Columns and rows that fill a 16:9 screen for this many tiles; a portrait screen gets them turned round. */
export function gridShape(count, portrait = false) {
  const landscape = landscapeShape(count);
  return portrait ? { columns: landscape.rows, rows: landscape.columns } : landscape;
}

function landscapeShape(count) {
  if (count <= 3) return { columns: Math.max(1, count), rows: 1 };
  if (count === 4) return { columns: 2, rows: 2 };
  if (count <= 6) return { columns: 3, rows: 2 };
  if (count <= 8) return { columns: 4, rows: 2 };
  if (count === 9) return { columns: 3, rows: 3 };
  if (count <= 12) return { columns: 4, rows: 3 };
  const columns = Math.ceil(Math.sqrt(count * 16 / 9));
  return { columns, rows: Math.ceil(count / columns) };
}

/** Adds, removes and orders tile elements to match the tiles, then refreshes every one. */
export function renderTiles(grid, tiles, nowMs) {
  const existing = new Map([...grid.querySelectorAll(".tile")].map((el) => [el.dataset.metricKey, el]));
  const wanted = new Set(tiles.map((tile) => tile.metricKey));
  for (const [key, element] of existing) {
    if (!wanted.has(key)) {
      sparklines.get(element)?.destroy();
      element.remove();
    }
  }
  const { columns, rows } = gridShape(tiles.length, grid.clientHeight > grid.clientWidth);
  grid.style.setProperty("--columns", columns);
  grid.style.setProperty("--rows", rows);
  tiles.forEach((tile, index) => {
    const element = existing.get(tile.metricKey) ?? createTileElement(tile.metricKey);
    if (grid.children[index] !== element) grid.insertBefore(element, grid.children[index] ?? null);
    updateTile(element, tile, nowMs, { redrawChart: true });
  });
}

export function findTileElement(grid, metricKey) {
  return [...grid.querySelectorAll(".tile")].find((el) => el.dataset.metricKey === metricKey) ?? null;
}

/**
 * What a figure's state reads as instead of a number: a closed service point is never a zero, and a figure from too
 * few answers is never shown as if it meant something. Missing state (values stored before figures had states) is a value.
 */
export function describeReading(last) {
  const figureState = last ? last.state ?? "value" : "";
  switch (figureState) {
    case "closed": return { figureState, text: "Closed", words: true };
    case "tooFewData": return { figureState, text: typeof last.basis === "number" ? `Too few answers (${last.basis})` : "Too few answers", words: true };
    case "noData": return { figureState, text: "–", words: false };
    default: return { figureState, text: formatValue(last?.value), words: false, value: last?.value };
  }
}

/** Refreshes one tile's text, state and attributes; redrawChart when its history or state changed. */
export function updateTile(element, tile, nowMs, { redrawChart }) {
  const reading = describeReading(tile.last);
  const value = reading.value;
  const stale = isStale(tile.last?.timestamp, tile.staleAfterSeconds, nowMs);
  // Only a number can be on or off target; a closed desk or too few answers is neither.
  const state = assessValue(value, tile.target, tile.direction);
  const changedState = element.dataset.state !== state || element.dataset.stale !== String(stale);

  element.dataset.value = typeof value === "number" ? String(value) : "";
  element.dataset.figureState = reading.figureState;
  element.dataset.timestamp = tile.last?.timestamp ?? "";
  element.dataset.state = state;
  element.dataset.stale = String(stale);
  element.dataset.collectorId = tile.collectorId ?? "";
  element.classList.toggle("tile--failed", Boolean(tile.collectorError));

  part(element, "title").textContent = tile.title;
  part(element, "subtitle").textContent = tile.subtitle ?? "";
  part(element, "value").textContent = reading.text;
  part(element, "value").classList.toggle("tile-value--words", reading.words);
  part(element, "unit").textContent = typeof value === "number" ? tile.unit ?? "" : "";
  part(element, "status").textContent = stale ? "" : STATE_LABELS[state];
  part(element, "target").textContent = describeTarget(tile);
  part(element, "age").textContent = describeAge(tile, stale, nowMs);

  const error = part(element, "error");
  error.hidden = !tile.collectorError;
  part(element, "error-text").textContent = tile.collectorError ? `Collector failing: ${tile.collectorError}` : "";
  error.title = tile.collectorError ?? "";

  if (redrawChart || changedState) {
    sparklines.get(element).update(tile.history ?? [], tile.target, stale ? "stale" : state);
  }
}

function describeTarget(tile) {
  if (typeof tile.target !== "number") return "No target";
  const comparison = tile.direction === "lowerIsBetter" ? "≤" : "≥";
  return `Target ${comparison} ${formatValue(tile.target)}${tile.unit ? ` ${tile.unit}` : ""}`;
}

function describeAge(tile, stale, nowMs) {
  const age = ageOf(tile.last?.timestamp, nowMs);
  if (age === null) return "No data yet";
  return stale ? `No new data for ${formatDuration(age)}` : formatUpdatedAgo(age);
}

function part(element, name) {
  return element.querySelector(`[data-part="${name}"]`);
}

function createTileElement(metricKey) {
  const template = document.getElementById("tile-template");
  const element = template.content.firstElementChild.cloneNode(true);
  element.dataset.metricKey = metricKey;
  sparklines.set(element, createSparkline(part(element, "sparkline")));
  return element;
}
