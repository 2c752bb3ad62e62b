// One ECharts instance per chart, redrawn to its container's new size whenever the layout changes.
/* global echarts -- loaded as a classic script from /lib/echarts.min.js */

/** A status or theme colour from the style sheet, so charts and tiles never disagree. */
export function themeColour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim() || "#f4f6fb";
}

/** Text sizes in charts follow the chart's size (its width, or twice its height if that is less), within what a TV can show. */
export function chartFontSize(container, share = 0.05) {
  return Math.round(Math.max(14, Math.min(64, Math.min(container.clientWidth, container.clientHeight * 2) * share)));
}

export function createChart(container) {
  // SVG stays sharp on a 4K TV and costs little for the few shapes a tile draws.
  const chart = echarts.init(container, null, { renderer: "svg" });
  let lastOptions = null;
  const observer = new ResizeObserver(() => {
    chart.resize();
    // Sizes of text depend on the container, so the options are drawn again for the new size.
    if (lastOptions) chart.setOption(lastOptions(), { notMerge: true });
  });
  observer.observe(container);
  return {
    /** options: a function returning ECharts options, called again after every resize. */
    draw(options) {
      lastOptions = options;
      chart.setOption(options(), { notMerge: true });
    },
    destroy() {
      observer.disconnect();
      chart.dispose();
    },
  };
}
