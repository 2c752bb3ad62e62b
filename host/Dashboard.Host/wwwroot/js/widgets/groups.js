// A tile's values per dimension, in the order a manager reads them: worst first for the metric's direction.

/** Groups with a number first, worst to best, then the ones that read as words (closed, too few), by name; at most `limit`. */
export function sortedGroups(tile) {
  const numeric = (group) => (group.last?.state ?? "value") === "value" && typeof group.last?.value === "number";
  const worstFirst = tile.direction === "higherIsBetter" ? (a, b) => a.last.value - b.last.value : (a, b) => b.last.value - a.last.value;
  const withNumbers = (tile.groups ?? []).filter(numeric).sort(worstFirst);
  const withWords = (tile.groups ?? []).filter((group) => !numeric(group)).sort((a, b) => a.key.localeCompare(b.key));
  const all = [...withNumbers, ...withWords];
  return typeof tile.limit === "number" && tile.limit > 0 ? all.slice(0, tile.limit) : all;
}
