// Times, ages and durations as an admin reads them.

/** "12 s", "4 min", "3 h", "2 d" since `iso`, or "never". */
export function age(iso, now = Date.now()) {
  if (!iso) return 'never';
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}

export function duration(milliseconds) {
  if (milliseconds < 1000) return `${milliseconds} ms`;
  return `${(milliseconds / 1000).toFixed(milliseconds < 10000 ? 1 : 0)} s`;
}

/** "Mon 30 Nov 2026 09:15:00" in `timeZone` (the collector's), with the zone named once by the caller. */
export function dateTime(iso, timeZone) {
  if (!iso) return '';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The first line of an error, cut to `length` characters, for a table cell; the whole text stays in its title. */
export function short(text, length = 90) {
  if (!text) return '';
  const line = text.split('\n')[0];
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}

export function element(tag, { className, text, title } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (title) node.title = title;
  return node;
}

/** A state badge: the word and its colour. */
export function badge(state, label = state) {
  return element('span', { className: `state state-${state}`, text: label });
}
