// A text tile: a notice or an instruction written by the dashboard's editor, as plain text.
export function createTextWidget(body) {
  body.innerHTML = `<p class="text-body" data-part="text"></p>`;
  return {
    update(tile) {
      body.querySelector("[data-part=text]").textContent = tile.text ?? "";
    },
    destroy() {},
  };
}
