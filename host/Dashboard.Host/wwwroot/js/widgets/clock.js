// The time and date on the server's clock, in the dashboard's language: a frozen clock means a frozen screen.
import { fitText } from "../fit.js";
import { formatClock, formatDate } from "../format.js";

export function createClockWidget(body) {
  body.innerHTML = `<div class="number-box"><p class="clock-time" data-part="time"></p></div><p class="clock-date" data-part="date"></p>`;
  const box = body.querySelector(".number-box");
  const time = body.querySelector("[data-part=time]");
  const observer = new ResizeObserver(() => fitText(time, box, { maximum: box.clientHeight * 0.9 }));
  observer.observe(box);
  let shown = "";

  return {
    update(_tile, { texts, nowMs }) {
      const now = new Date(nowMs);
      const text = formatClock(now, texts.locale);
      body.querySelector("[data-part=date]").textContent = formatDate(now, texts.locale);
      if (text === shown) return;
      shown = text;
      time.textContent = text;
      fitText(time, box, { maximum: box.clientHeight * 0.9 });
    },
    destroy() {
      observer.disconnect();
    },
  };
}
