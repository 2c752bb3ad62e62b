// "Target ≤ 15 min" in the dashboard's language: the comparison says which side of the target is good.
import { formatNumber } from "../format.js";

export function describeTarget(tile, texts) {
  if (typeof tile.target !== "number") return "";
  const comparison = tile.direction === "lowerIsBetter" ? "≤" : "≥";
  const value = `${formatNumber(tile.target, texts.locale)}${tile.unit ? ` ${tile.unit}` : ""}`;
  return texts.t("target", { comparison, value });
}
