// A service level against its target as a gauge: the arc in the status colour, the target as a mark on it.
import { chartFontSize, createChart, themeColour } from "../chart.js";
import { formatNumber } from "../format.js";
import { describeReading } from "../reading.js";
import { describeTarget } from "./target.js";

/** The gauge's top end: 100 for a percentage, otherwise room above both the value and the target. */
export function gaugeMaximum(tile, value) {
  if (tile.unit === "%") return 100;
  const largest = Math.max(typeof value === "number" ? value : 0, typeof tile.target === "number" ? tile.target : 0);
  if (largest <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest * 1.25));
  return Math.ceil((largest * 1.25) / magnitude) * magnitude;
}

export function createGaugeWidget(body) {
  body.innerHTML = `<div class="chart gauge-chart" data-part="chart"></div><p class="number-meta gauge-meta"><span class="number-target" data-part="target"></span></p>`;
  const container = body.querySelector("[data-part=chart]");
  const chart = createChart(container);

  return {
    update(tile, { texts, status, stale }) {
      const described = describeReading(tile.last, texts);
      const maximum = gaugeMaximum(tile, described.value);
      const colour = themeColour(stale ? "stale" : status === "neutral" ? "accent" : status);
      body.querySelector("[data-part=target]").textContent = describeTarget(tile, texts);
      body.dataset.reading = described.text;
      chart.draw(() => {
        const size = Math.min(container.clientWidth, container.clientHeight * 1.6);
        const fontSize = chartFontSize(container, 0.07);
        const width = Math.max(8, size * 0.09);
        const targetShare = typeof tile.target === "number" ? Math.min(1, Math.max(0, tile.target / maximum)) : null;
        return {
          animation: false,
          series: [{
            type: "gauge",
            startAngle: 200,
            endAngle: -20,
            min: 0,
            max: maximum,
            radius: "95%",
            center: ["50%", "62%"],
            progress: { show: described.value !== null, width, itemStyle: { color: colour } },
            axisLine: {
              lineStyle: {
                width,
                // The target drawn as a bright notch on the track.
                color: targetShare === null
                  ? [[1, themeColour("grid")]]
                  : [[Math.max(0, targetShare - 0.006), themeColour("grid")], [Math.min(1, targetShare + 0.006), themeColour("text")], [1, themeColour("grid")]],
              },
            },
            pointer: { show: false },
            axisTick: { show: false },
            splitLine: { show: false },
            axisLabel: { show: false },
            anchor: { show: false },
            title: { show: false },
            detail: {
              valueAnimation: false,
              offsetCenter: [0, "-5%"],
              fontSize: described.words ? fontSize : fontSize * 1.6,
              fontWeight: 800,
              color: described.value === null ? themeColour("muted") : themeColour("text"),
              formatter: () => (described.value === null ? described.text : `${formatNumber(described.value, texts.locale)}${tile.unit ? ` ${tile.unit}` : ""}`),
            },
            data: [{ value: described.value ?? 0 }],
          }],
        };
      });
    },
    destroy: () => chart.destroy(),
  };
}
