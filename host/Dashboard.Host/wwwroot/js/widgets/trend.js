// Trend line of a tile's recent history with its target dashed; closed or too-few stretches are gaps, not zeros.
import { chartFontSize, createChart, themeColour } from "../chart.js";
import { describeReading } from "../reading.js";

export function createTrendWidget(body) {
  body.innerHTML = `<p class="trend-reading"><span class="trend-value" data-part="value"></span><span class="number-unit" data-part="unit"></span></p><div class="chart" data-part="chart"></div>`;
  const container = body.querySelector("[data-part=chart]");
  const chart = createChart(container);

  return {
    update(tile, { texts, status, stale }) {
      const described = describeReading(tile.last, texts);
      body.querySelector("[data-part=value]").textContent = described.text;
      body.querySelector("[data-part=value]").classList.toggle("reading-words", described.words);
      body.querySelector("[data-part=unit]").textContent = described.value === null ? "" : tile.unit ?? "";
      const colour = themeColour(stale ? "stale" : status === "neutral" ? "accent" : status);
      const points = (tile.history ?? []).map((point) => [Date.parse(point.timestamp), typeof point.value === "number" && (point.state ?? "value") === "value" ? point.value : null]);
      chart.draw(() => {
        const fontSize = chartFontSize(container, 0.035);
        return {
          animation: false,
          grid: { left: fontSize * 3, right: fontSize, top: fontSize, bottom: fontSize * 2 },
          xAxis: { type: "time", axisLabel: { color: themeColour("muted"), fontSize, hideOverlap: true }, axisLine: { lineStyle: { color: themeColour("grid") } }, splitLine: { show: false } },
          yAxis: { type: "value", scale: true, axisLabel: { color: themeColour("muted"), fontSize }, splitLine: { lineStyle: { color: themeColour("grid") } } },
          series: [{
            type: "line",
            data: points,
            showSymbol: false,
            connectNulls: false,
            lineStyle: { width: Math.max(2, fontSize / 5), color: colour },
            areaStyle: { color: colour, opacity: 0.15 },
            markLine: typeof tile.target === "number"
              ? { silent: true, symbol: "none", label: { show: false }, lineStyle: { type: "dashed", color: themeColour("text"), width: 2 }, data: [{ yAxis: tile.target }] }
              : undefined,
          }],
        };
      });
    },
    destroy: () => chart.destroy(),
  };
}
