// Bars by a dimension (a service point, a channel, a category), each coloured by its own status.
import { assessValue } from "../assessment.js";
import { chartFontSize, createChart, themeColour } from "../chart.js";
import { formatNumber } from "../format.js";
import { describeReading } from "../reading.js";
import { sortedGroups } from "./groups.js";

export function createBarsWidget(body) {
  body.innerHTML = `<div class="chart" data-part="chart"></div><p class="chart-empty" data-part="empty" hidden></p>`;
  const container = body.querySelector("[data-part=chart]");
  const chart = createChart(container);

  return {
    update(tile, { texts, stale }) {
      const empty = body.querySelector("[data-part=empty]");
      empty.textContent = texts.t("noItems");
      empty.hidden = (tile.groups ?? []).length > 0;
      container.hidden = !empty.hidden;
      // Bars read top to bottom in the order of the list; ECharts draws a category axis bottom up.
      const groups = sortedGroups(tile).reverse();
      const data = groups.map((group) => {
        const reading = describeReading(group.last, texts);
        const state = stale ? "stale" : assessValue(reading.value, tile);
        return {
          value: reading.value,
          words: reading.value === null ? reading.text : null,
          itemStyle: { color: themeColour(state === "neutral" ? "accent" : state) },
        };
      });
      // A closed or too-few entry has no bar: its state is written beside its name instead.
      const labels = groups.map((group, index) => (data[index].words ? `${group.key} – ${data[index].words}` : group.key));
      chart.draw(() => {
        const fontSize = chartFontSize(container, Math.min(0.05, 0.5 / Math.max(groups.length, 4)));
        return {
          animation: false,
          grid: { left: 8, right: fontSize * 4, top: 4, bottom: 4, containLabel: true },
          xAxis: { type: "value", show: false, max: (extent) => Math.max(extent.max, tile.target ?? 0) * 1.05 || 1 },
          yAxis: { type: "category", data: labels, axisLabel: { color: themeColour("text"), fontSize, width: container.clientWidth * (data.some((item) => item.words === null) ? 0.4 : 0.9), overflow: "truncate" }, axisLine: { show: false }, axisTick: { show: false } },
          series: [{
            type: "bar",
            data,
            barCategoryGap: "25%",
            label: {
              show: true,
              position: "right",
              color: themeColour("text"),
              fontSize,
              fontWeight: 700,
              formatter: ({ data: item }) => (item.words ? "" : `${formatNumber(item.value, texts.locale)}${tile.unit ? ` ${tile.unit}` : ""}`),
            },
            markLine: typeof tile.target === "number"
              ? { silent: true, symbol: "none", label: { show: false }, lineStyle: { type: "dashed", color: themeColour("text"), width: 2 }, data: [{ xAxis: tile.target }] }
              : undefined,
          }],
        };
      });
    },
    destroy: () => chart.destroy(),
  };
}
