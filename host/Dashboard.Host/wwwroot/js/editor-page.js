// /edit/{id}: editors place tiles on the dashboard's grid and pick what each shows, then save the same JSON the
// wall reads (PUT /api/dashboards/{id}). The server validates; its errors are shown beside the fields they name.
import { AccessDeniedError, ApiError, adoptTokenFromAddress, getJson, putJson } from "./api.js";
import { addTile, cleanDocument, emptyDashboard, errorsByField, moveTile, overlappingTiles, removeTile, resizeTile } from "./editor-model.js";
import { FREE_WIDGETS } from "./widgets/registry.js";

const dashboardForm = document.getElementById("dashboard-form");
const tileForm = document.getElementById("tile-form");
const grid = document.getElementById("editor-grid");
let document_ = null;
let selectedId = null;
let errors = { dashboard: {}, tiles: {} };
let collectors = [];
const metricsByPlugin = new Map();

const routeId = decodeURIComponent(/^\/edit\/([^/]+)/.exec(location.pathname)?.[1] ?? new URLSearchParams(location.search).get("id") ?? "new");

function problem(text) {
  const element = document.getElementById("editor-problem");
  element.textContent = text;
  element.hidden = !text;
}

function selectedTile() {
  return document_.tiles.find((tile) => tile.id === selectedId) ?? null;
}

function tileLabel(tile) {
  if (tile.widget === "text") return tile.title || (tile.text ?? "").slice(0, 40) || "Text";
  if (tile.widget === "clock") return tile.title || "Clock";
  return tile.title || [tile.metric, tile.collectorId].filter(Boolean).join(" · ") || tile.widget;
}

function renderGrid() {
  grid.style.setProperty("--columns", document_.columns);
  grid.style.setProperty("--rows", document_.rows);
  const overlapping = overlappingTiles(document_);
  grid.replaceChildren(...document_.tiles.map((tile) => {
    const index = document_.tiles.indexOf(tile);
    const element = document.createElement("div");
    element.className = "editor-tile";
    element.tabIndex = 0;
    element.dataset.tileId = tile.id;
    element.classList.toggle("selected", tile.id === selectedId);
    element.classList.toggle("has-error", Boolean(errors.tiles[index]) || overlapping.has(tile.id));
    element.style.gridColumn = `${tile.x + 1} / span ${tile.w}`;
    element.style.gridRow = `${tile.y + 1} / span ${tile.h}`;
    element.innerHTML = `<span class="editor-tile-widget"></span><span class="editor-tile-label"></span><span class="editor-resize" title="Drag to resize" aria-hidden="true"></span>`;
    element.querySelector(".editor-tile-widget").textContent = tile.widget;
    element.querySelector(".editor-tile-label").textContent = tileLabel(tile);
    element.addEventListener("pointerdown", (event) => startDrag(event, tile));
    element.addEventListener("focus", () => select(tile.id));
    return element;
  }));
}

/** Drags a tile by whole cells: its body moves it, its corner resizes it. */
function startDrag(event, tile) {
  select(tile.id);
  const resizing = event.target.classList.contains("editor-resize");
  const box = grid.getBoundingClientRect();
  const cellWidth = box.width / document_.columns;
  const cellHeight = box.height / document_.rows;
  const start = { x: event.clientX, y: event.clientY, tile: { ...tile } };
  const onMove = (move) => {
    const dx = Math.round((move.clientX - start.x) / cellWidth);
    const dy = Math.round((move.clientY - start.y) / cellHeight);
    if (resizing) resizeTile(document_, tile.id, start.tile.w + dx, start.tile.h + dy);
    else moveTile(document_, tile.id, start.tile.x + dx, start.tile.y + dy);
    renderGrid();
    fillTileForm();
  };
  const onUp = () => {
    window.removeEventListener("pointermove", onMove);
    window.removeEventListener("pointerup", onUp);
  };
  window.addEventListener("pointermove", onMove);
  window.addEventListener("pointerup", onUp);
  event.preventDefault();
}

function select(tileId) {
  if (selectedId === tileId) return;
  selectedId = tileId;
  renderGrid();
  fillTileForm();
}

function options(select, values, current) {
  const known = values.some((value) => value.value === current);
  const list = known || !current ? values : [...values, { value: current, text: current }];
  select.replaceChildren(...[{ value: "", text: "—" }, ...list].map(({ value, text }) => new Option(text, value, false, value === (current ?? ""))));
}

function fillTileForm() {
  const tile = selectedTile();
  tileForm.hidden = !tile;
  document.getElementById("remove-tile").disabled = !tile;
  if (!tile) return;
  document.getElementById("tile-id").textContent = tile.id;
  const field = (name) => tileForm.elements.namedItem(name);
  for (const name of ["widget", "title", "x", "y", "w", "h", "window", "groupBy", "unit", "target", "direction", "comparison", "limit", "text"]) {
    field(name).value = tile[name] ?? "";
  }
  field("thresholds.warning").value = tile.thresholds?.warning ?? "";
  field("thresholds.critical").value = tile.thresholds?.critical ?? "";
  field("dimensions").value = Object.entries(tile.dimensions ?? {}).map(([name, value]) => `${name}=${value}`).join(", ");
  field("metrics").value = (tile.metrics ?? []).join(", ");
  options(field("collectorId"), collectors.map((collector) => ({ value: collector.id, text: `${collector.name} (${collector.id})` })), tile.collectorId);
  const pluginId = collectors.find((collector) => collector.id === tile.collectorId)?.pluginId;
  options(field("metric"), (metricsByPlugin.get(pluginId) ?? []).map((metric) => ({ value: metric.key, text: `${metric.title} (${metric.key})` })), tile.metric);
  const free = FREE_WIDGETS.has(tile.widget);
  tileForm.querySelector("[data-shows=data]").hidden = free;
  tileForm.querySelector("[data-shows=text]").hidden = tile.widget !== "text";
  showErrors(tileForm, errors.tiles[document_.tiles.indexOf(tile)] ?? {});
}

/** Reads the tile form back into the selected tile. */
function readTileForm() {
  const tile = selectedTile();
  const value = (name) => tileForm.elements.namedItem(name).value.trim();
  const number = (name) => (value(name) === "" ? undefined : Number(value(name)));
  Object.assign(tile, {
    widget: value("widget"),
    title: value("title") || undefined,
    collectorId: value("collectorId") || undefined,
    metric: value("metric") || undefined,
    window: value("window") || undefined,
    groupBy: value("groupBy") || undefined,
    unit: value("unit") || undefined,
    target: number("target"),
    direction: value("direction") || undefined,
    comparison: value("comparison") || undefined,
    limit: number("limit"),
    text: value("text") || undefined,
    thresholds: { warning: number("thresholds.warning"), critical: number("thresholds.critical") },
    dimensions: Object.fromEntries(value("dimensions").split(",").map((pair) => pair.split("=").map((part) => part.trim())).filter(([name, v]) => name && v)),
    metrics: value("metrics").split(",").map((metric) => metric.trim()).filter(Boolean),
  });
  moveTile(document_, tile.id, number("x") ?? tile.x, number("y") ?? tile.y);
  resizeTile(document_, tile.id, number("w") ?? tile.w, number("h") ?? tile.h);
  renderGrid();
}

function fillDashboardForm() {
  for (const name of ["id", "title", "language", "columns", "rows"]) dashboardForm.elements.namedItem(name).value = document_[name] ?? "";
  dashboardForm.elements.namedItem("id").readOnly = routeId !== "new";
  showErrors(dashboardForm, errors.dashboard);
}

function readDashboardForm() {
  const value = (name) => dashboardForm.elements.namedItem(name).value.trim();
  document_.id = value("id");
  document_.title = value("title");
  document_.language = value("language");
  document_.columns = Number(value("columns")) || 12;
  document_.rows = Number(value("rows")) || 8;
  renderGrid();
}

function showErrors(form, byField) {
  for (const slot of form.querySelectorAll("[data-error]")) {
    const messages = Object.entries(byField).filter(([field]) => field === slot.dataset.error || field.startsWith(`${slot.dataset.error}.`) && slot.dataset.error !== "");
    slot.textContent = messages.map(([field, list]) => (field === slot.dataset.error ? list : list.map((message) => `${field}: ${message}`)).flat().join(" ")).join(" ");
  }
}

async function save() {
  readDashboardForm();
  const state = document.getElementById("save-state");
  state.textContent = "Saving…";
  try {
    const saved = await putJson(`/api/dashboards/${encodeURIComponent(document_.id)}`, cleanDocument(document_));
    errors = { dashboard: {}, tiles: {} };
    problem("");
    state.textContent = "Saved.";
    document_ = { ...emptyDashboard(saved.id), ...saved, tiles: (saved.tiles ?? []).map((tile) => ({ ...tile })) };
    if (routeId === "new") history.replaceState(null, "", `/edit/${encodeURIComponent(saved.id)}`);
    document.getElementById("open-wall").href = `/d/${encodeURIComponent(saved.id)}`;
  } catch (error) {
    state.textContent = "";
    if (error instanceof AccessDeniedError) {
      problem("Only editors and admins may change dashboards: sign in as one.");
      return;
    }
    if (error instanceof ApiError && error.problem?.errors) {
      errors = errorsByField(error.problem.errors);
      const count = Object.values(error.problem.errors).flat().length;
      problem(`Not saved: ${count} problem${count === 1 ? "" : "s"}. Tiles with a problem are outlined in red; select one to see its fields.`);
      const firstTile = Object.keys(errors.tiles)[0];
      if (firstTile !== undefined && selectedTile() === null) selectedId = document_.tiles[Number(firstTile)]?.id ?? null;
    } else {
      problem(`Not saved: ${error.message}`);
    }
  }
  fillDashboardForm();
  renderGrid();
  fillTileForm();
}

async function loadChoices() {
  try {
    const [collectorList, plugins] = await Promise.all([getJson("/api/collectors"), getJson("/api/plugins")]);
    collectors = collectorList;
    for (const plugin of plugins) metricsByPlugin.set(plugin.id, plugin.metrics ?? []);
  } catch (error) {
    if (error instanceof AccessDeniedError) throw error;
    problem(`Collectors and metrics could not be listed (${error.message}); the ids can still be typed.`);
  }
}

async function start() {
  adoptTokenFromAddress();
  try {
    await loadChoices();
    document_ = routeId === "new" ? emptyDashboard("") : await getJson(`/api/dashboards/${encodeURIComponent(routeId)}`).catch((error) => {
      if (error instanceof ApiError && error.status === 404) return emptyDashboard(routeId);
      throw error;
    });
    document_.tiles = (document_.tiles ?? []).map((tile) => ({ ...tile }));
  } catch (error) {
    if (error instanceof AccessDeniedError) location.assign(`/account/login.html?returnUrl=${encodeURIComponent(location.pathname)}`);
    else problem(`The dashboard could not be read: ${error.message}`);
    return;
  }
  document.getElementById("open-wall").href = `/d/${encodeURIComponent(document_.id)}`;
  fillDashboardForm();
  renderGrid();
  fillTileForm();
  dashboardForm.addEventListener("input", readDashboardForm);
  tileForm.addEventListener("input", readTileForm);
  tileForm.addEventListener("change", () => {
    readTileForm();
    fillTileForm();
  });
  document.getElementById("add-tile").addEventListener("click", () => {
    const tile = addTile(document_);
    if (!tile) problem("The grid is full: make it larger or tiles smaller first.");
    else select(tile.id);
  });
  document.getElementById("remove-tile").addEventListener("click", () => {
    removeTile(document_, selectedId);
    selectedId = null;
    renderGrid();
    fillTileForm();
  });
  document.getElementById("save").addEventListener("click", save);
  document.body.dataset.ready = "true";
}

start();
