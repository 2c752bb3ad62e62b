// Numbers fill their tiles: the value's font grows or shrinks until its text just fits the room it has.

/**
 * The font size at which text measured at `fontSize` as contentWidth x contentHeight fills boxWidth x boxHeight
 * without spilling over, kept within [minimum, maximum]. Text scales linearly with its font size.
 */
export function fittedFontSize({ fontSize, contentWidth, contentHeight, boxWidth, boxHeight, minimum = 8, maximum = Infinity }) {
  if (!(contentWidth > 0) || !(contentHeight > 0) || !(boxWidth > 0) || !(boxHeight > 0)) return Math.max(minimum, Math.min(fontSize, maximum));
  const scale = Math.min(boxWidth / contentWidth, boxHeight / contentHeight);
  return Math.max(minimum, Math.min(maximum, Math.floor(fontSize * scale * 100) / 100));
}

/** Sizes `text` (an inline element) to fill `box`; maximum in px caps short values so "7" is not a wall of ink. */
export function fitText(text, box, { maximum = Infinity, minimum = 8 } = {}) {
  if (!text.isConnected || box.clientWidth === 0) return;
  const reference = 100;
  text.style.fontSize = `${reference}px`;
  const measured = text.getBoundingClientRect();
  text.style.fontSize = `${fittedFontSize({
    fontSize: reference,
    contentWidth: measured.width,
    contentHeight: measured.height,
    boxWidth: box.clientWidth,
    boxHeight: box.clientHeight,
    minimum,
    maximum,
  })}px`;
}
