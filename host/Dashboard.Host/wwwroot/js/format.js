// Locale-neutral formatting: a wall must read the same whatever language the TV's browser is set to.

const THIN_SPACE = "\u202F";

/** A value with at most one decimal ("4.2", "12", "12 345"); "–" for anything that is not a finite number. */
export function formatValue(value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  const rounded = Math.round(value * 10) / 10;
  const normalised = Object.is(rounded, -0) ? 0 : rounded;
  const [whole, fraction] = Math.abs(normalised).toFixed(1).split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE) : whole;
  const sign = normalised < 0 ? "−" : "";
  return fraction === "0" ? sign + grouped : `${sign}${grouped}.${fraction}`;
}

/** A duration in words for a person across the room: "45 s", "3 min", "2 h 5 min", "3 d". */
export function formatDuration(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d`;
}

/** "updated just now" under a minute, then "updated 3 min ago". */
export function formatUpdatedAgo(milliseconds) {
  return milliseconds < 60_000 ? "updated just now" : `updated ${formatDuration(milliseconds)} ago`;
}

/** 24-hour "HH:MM" in the screen's own time zone. */
export function formatClock(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
