// Big number with its unit, target and the change against the previous period with an arrow.
import { describeChange } from "../assessment.js";
import { fitText } from "../fit.js";
import { formatNumber } from "../format.js";
import { describeReading } from "../reading.js";
import { describeTarget } from "./target.js";

export function createNumberWidget(body) {
  body.innerHTML = `
    <div class="number-box"><p class="number-reading"><span class="number-value" data-part="value"></span><span class="number-unit" data-part="unit"></span></p></div>
    <p class="number-meta"><span class="number-change" data-part="change"></span><span class="number-target" data-part="target"></span></p>`;
  const box = body.querySelector(".number-box");
  const reading = body.querySelector(".number-reading");
  const observer = new ResizeObserver(() => fitText(reading, box, { maximum: box.clientHeight * (reading.querySelector(".reading-words") ? 0.45 : 0.9) }));
  observer.observe(box);

  return {
    update(tile, { texts }) {
      const described = describeReading(tile.last, texts);
      const value = body.querySelector("[data-part=value]");
      value.textContent = described.text;
      value.classList.toggle("reading-words", described.words);
      body.querySelector("[data-part=unit]").textContent = described.value === null ? "" : tile.unit ?? "";
      const change = tile.comparison === "none" ? null : describeChange(described.value, tile.previous?.value, tile.direction);
      const changeElement = body.querySelector("[data-part=change]");
      changeElement.dataset.verdict = change?.verdict ?? "";
      changeElement.textContent = change ? `${change.arrow} ${formatNumber(Math.abs(change.delta), texts.locale)}${tile.unit ? ` ${tile.unit}` : ""}` : "";
      changeElement.title = change ? texts.t(change.trend === "same" ? "changeSame" : change.trend === "up" ? "changeUp" : "changeDown", { change: formatNumber(Math.abs(change.delta), texts.locale) }) : "";
      body.querySelector("[data-part=target]").textContent = describeTarget(tile, texts);
      // Words (Closed, Too few answers) are read, not glanced at: half the size a number may take.
      fitText(reading, box, { maximum: box.clientHeight * (described.words ? 0.45 : 0.9) });
    },
    destroy() {
      observer.disconnect();
    },
  };
}
