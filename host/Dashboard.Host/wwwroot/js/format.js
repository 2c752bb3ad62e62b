// Numbers, durations, ages and times in the dashboard's locale (Intl), never the TV browser's own.

/** "4.2" / "4,2", "12 345"; at most `fractionDigits` decimals; "–" for anything that is not a finite number. */
export function formatNumber(value, locale, fractionDigits = 1) {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  const scale = 10 ** fractionDigits;
  const rounded = Math.round(value * scale) / scale;
  // -0.04 rounds to "-0", which reads as a loss of something that is nothing.
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(rounded === 0 ? 0 : rounded);
}

/** The largest whole unit of an age or a span, as Intl names them. */
export function durationParts(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return { amount: seconds, unit: "second" };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { amount: minutes, unit: "minute" };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { amount: hours, unit: "hour" };
  return { amount: Math.floor(hours / 24), unit: "day" };
}

/** "47 min", "2 h" / "2 t": a span for a person across the room. */
export function formatDuration(milliseconds, locale) {
  const { amount, unit } = durationParts(milliseconds);
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(amount);
}

/** "3 min. ago" / "3 min sitten"; null under a minute, where the caller says "just now" in its own words. */
export function formatAgo(milliseconds, locale) {
  if (milliseconds < 60_000) return null;
  const { amount, unit } = durationParts(milliseconds);
  return new Intl.RelativeTimeFormat(locale, { style: "short", numeric: "always" }).format(-amount, unit);
}

/** 24-hour "09:05" / "09.05" in the screen's time zone. */
export function formatClock(date, locale) {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "Monday 30 November" / "maanantai 30. marraskuuta". */
export function formatDate(date, locale) {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(date);
}
