// Top-N list: the tile's metric per dimension, worst first, with each row's own status in a word and a colour.
import { assessValue } from "../assessment.js";
import { describeReading } from "../reading.js";
import { sortedGroups } from "./groups.js";

export function createTopListWidget(body) {
  body.innerHTML = `<ol class="top-list" data-part="list"></ol>`;
  const list = body.querySelector("[data-part=list]");

  return {
    update(tile, { texts, stale }) {
      const groups = sortedGroups(tile);
      list.replaceChildren(...groups.map((group, index) => {
        const reading = describeReading(group.last, texts);
        const row = document.createElement("li");
        row.className = "top-row";
        row.dataset.key = group.key;
        row.dataset.state = stale ? "stale" : assessValue(reading.value, tile);
        row.innerHTML = `<span class="top-rank"></span><span class="top-name"></span><span class="top-value"></span>`;
        row.querySelector(".top-rank").textContent = `${index + 1}.`;
        row.querySelector(".top-name").textContent = group.key;
        row.querySelector(".top-value").classList.toggle("reading-words", reading.value === null);
        row.querySelector(".top-value").textContent = reading.value === null ? reading.text : `${reading.text}${tile.unit ? ` ${tile.unit}` : ""}`;
        return row;
      }));
      if (groups.length === 0) list.innerHTML = `<li class="top-empty">${texts.t("noItems")}</li>`;
      list.style.setProperty("--rows", String(Math.max(groups.length, 3)));
    },
    destroy() {},
  };
}
