// The editor's changes to a dashboard document, as pure functions: a tile added where there is room, moved and
// resized within the grid, removed; the server's validation errors sorted by tile and field.

const NEW_TILE = { w: 3, h: 2 };

const clamp = (value, low, high) => Math.max(low, Math.min(high, value));

export function emptyDashboard(id) {
  return { id, title: "", language: "en", columns: 12, rows: 8, tiles: [] };
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The first free place for a w x h tile, row by row; null when the grid is full. */
export function freePlace(document, w, h) {
  for (let y = 0; y + h <= document.rows; y++) {
    for (let x = 0; x + w <= document.columns; x++) {
      const candidate = { x, y, w, h };
      if (!document.tiles.some((tile) => overlaps(candidate, tile))) return candidate;
    }
  }
  return null;
}

/** A new number tile in the first free place (or a 1x1 one when only that fits); null when nothing fits. */
export function addTile(document) {
  const place = freePlace(document, NEW_TILE.w, NEW_TILE.h) ?? freePlace(document, 1, 1);
  if (!place) return null;
  let number = document.tiles.length + 1;
  while (document.tiles.some((tile) => tile.id === `tile-${number}`)) number++;
  const tile = { id: `tile-${number}`, widget: "number", ...place };
  document.tiles.push(tile);
  return tile;
}

/** Moves a tile so that it stays whole inside the grid. */
export function moveTile(document, tileId, x, y) {
  const tile = document.tiles.find((candidate) => candidate.id === tileId);
  tile.x = clamp(Math.round(x), 0, document.columns - tile.w);
  tile.y = clamp(Math.round(y), 0, document.rows - tile.h);
}

/** Resizes a tile to at least one cell and at most to the grid's edge. */
export function resizeTile(document, tileId, w, h) {
  const tile = document.tiles.find((candidate) => candidate.id === tileId);
  tile.w = clamp(Math.round(w), 1, document.columns - tile.x);
  tile.h = clamp(Math.round(h), 1, document.rows - tile.y);
}

export function removeTile(document, tileId) {
  document.tiles = document.tiles.filter((tile) => tile.id !== tileId);
}

/** Ids of tiles that overlap another, for the editor to outline before the server refuses them. */
export function overlappingTiles(document) {
  const found = new Set();
  document.tiles.forEach((tile, index) => document.tiles.slice(index + 1).forEach((other) => {
    if (overlaps(tile, other)) {
      found.add(tile.id);
      found.add(other.id);
    }
  }));
  return found;
}

/**
 * A validation problem's errors ({ "tiles[3].thresholds.critical": ["must be …"] }) by place:
 * { dashboard: { title: [...] }, tiles: { 3: { "thresholds.critical": [...] } } }.
 */
export function errorsByField(errors) {
  const result = { dashboard: {}, tiles: {} };
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const match = /^tiles\[(\d+)\](?:\.(.+))?$/.exec(path);
    if (match) {
      const index = Number(match[1]);
      result.tiles[index] ??= {};
      result.tiles[index][match[2] ?? ""] = messages;
    } else {
      result.dashboard[path] = messages;
    }
  }
  return result;
}

/** The document as it is saved: empty optional fields left out, numbers as numbers. */
export function cleanDocument(document) {
  const isEmpty = (value) => value === "" || value === null || value === undefined
    || (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0)
    || (Array.isArray(value) && value.length === 0);
  const clean = (object) => Object.fromEntries(Object.entries(object)
    .map(([key, value]) => [key, value && typeof value === "object" && !Array.isArray(value) ? clean(value) : value])
    .filter(([, value]) => !isEmpty(value)));
  return { ...clean({ ...document, tiles: undefined }), tiles: document.tiles.map(clean) };
}
