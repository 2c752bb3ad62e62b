// The widget each tile's `widget` names; an unknown name gets a big number rather than a hole in the wall.
import { createBarsWidget } from "./bars.js";
import { createClockWidget } from "./clock.js";
import { createGaugeWidget } from "./gauge.js";
import { createNumberWidget } from "./number.js";
import { createServicePointsWidget } from "./service-points.js";
import { createTextWidget } from "./text.js";
import { createTopListWidget } from "./top-list.js";
import { createTrendWidget } from "./trend.js";

const FACTORIES = {
  number: createNumberWidget,
  trend: createTrendWidget,
  bars: createBarsWidget,
  gauge: createGaugeWidget,
  topList: createTopListWidget,
  servicePoints: createServicePointsWidget,
  clock: createClockWidget,
  text: createTextWidget,
};

export const WIDGET_NAMES = Object.keys(FACTORIES);

/** Widgets that show no metric: no status, age or staleness. */
export const FREE_WIDGETS = new Set(["clock", "text"]);

/** Widgets that show a metric per value of a dimension (`groupBy`). */
export const GROUPED_WIDGETS = new Set(["bars", "topList", "servicePoints"]);

export function createWidget(name, body) {
  return (FACTORIES[name] ?? createNumberWidget)(body);
}
