// A tile's history as a uPlot sparkline: no axes, no legend, the target as a dashed line.
/* global uPlot -- loaded as a classic script from lib/uPlot.iife.min.js */

const STATE_COLOURS = {
  good: "#3ddc84",
  warning: "#ffc53d",
  bad: "#ff5c5c",
  neutral: "#8ab4ff",
  stale: "#8a8f98",
};

export function createSparkline(container) {
  let plot = null;
  let colour = STATE_COLOURS.neutral;
  let data = [[], [], []];

  function options(width, height) {
    return {
      width,
      height,
      pxAlign: false,
      cursor: { show: false },
      legend: { show: false },
      select: { show: false },
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: true }, y: { auto: true, range: paddedRange } },
      series: [
        {},
        { stroke: () => colour, fill: () => `${colour}33`, width: 3, points: { show: false } },
        { stroke: "rgba(255,255,255,0.45)", width: 2, dash: [10, 8], points: { show: false } },
      ],
    };
  }

  function size() {
    const box = container.getBoundingClientRect();
    return { width: Math.max(40, Math.floor(box.width)), height: Math.max(20, Math.floor(box.height)) };
  }

  function ensurePlot() {
    if (plot) return;
    const { width, height } = size();
    plot = new uPlot(options(width, height), data, container);
  }

  const resizeObserver = new ResizeObserver(() => {
    if (!plot) return;
    const { width, height } = size();
    if (width !== plot.width || height !== plot.height) plot.setSize({ width, height });
  });
  resizeObserver.observe(container);

  return {
    /** history: [{ timestamp, value }] oldest first; state picks the colour. */
    update(history, target, state) {
      colour = STATE_COLOURS[state] ?? STATE_COLOURS.neutral;
      const xs = history.map((point) => Date.parse(point.timestamp) / 1000);
      // A closed hour or one with too few answers has no value: the line breaks there rather than drop to zero.
      const ys = history.map((point) => (typeof point.value === "number" ? point.value : null));
      const targets = history.map(() => (typeof target === "number" ? target : null));
      data = [xs, ys, targets];
      ensurePlot();
      plot.setData(data);
      plot.redraw(false, false);
    },
    destroy() {
      resizeObserver.disconnect();
      plot?.destroy();
      plot = null;
    },
  };
}

/** Keep a flat line off the tile's edges and leave room above and below the curve. */
function paddedRange(_plot, min, max) {
  if (min === null || max === null) return [0, 1];
  const span = max - min || Math.abs(max) || 1;
  return [min - span * 0.15, max + span * 0.15];
}
