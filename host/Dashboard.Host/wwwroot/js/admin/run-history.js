import { badge, dateTime, duration, element } from './format.js';

const outcomeWords = { succeeded: 'Succeeded', failed: 'Failed', skipped: 'Skipped' };

/** Fills the run history table: one row per run, newest first, with the whole error message. */
export function renderHistory(body, runs, timeZone) {
  if (runs.length === 0) {
    const row = document.createElement('tr');
    const cell = element('td', { className: 'muted', text: 'No runs yet.' });
    cell.colSpan = 8;
    row.append(cell);
    body.replaceChildren(row);
    return;
  }

  body.replaceChildren(...runs.map((run) => {
    const row = document.createElement('tr');
    row.dataset.outcome = run.outcome;
    const cells = [
      element('td', { text: dateTime(run.startedUtc, timeZone) }),
      element('td', { className: 'number', text: duration(run.durationMilliseconds) }),
      element('td'),
      element('td', { className: 'number', text: String(run.recordsNew) }),
      element('td', { className: 'number', text: String(run.recordsUpdated) }),
      element('td', { className: 'number', text: String(run.samplesWritten) }),
      element('td', { className: 'number', text: String(run.linesSkipped), title: run.problems.join('\n') }),
      element('td', { className: 'error-text small', text: run.error ?? '' }),
    ];
    cells[2].append(badge(run.outcome, outcomeWords[run.outcome] ?? run.outcome));
    for (const warning of run.warnings) {
      cells[7].append(element('div', { className: 'warning-text small', text: `Warning: ${warning}` }));
    }
    row.append(...cells);
    return row;
  }));
}
