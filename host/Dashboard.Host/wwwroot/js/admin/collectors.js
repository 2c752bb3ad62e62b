import { api } from './api.js';
import { age, badge, dateTime, element, short } from './format.js';
import { runNow, setPaused, stateWords } from './collector-actions.js';

const body = document.querySelector('#collectors tbody');
const notice = document.getElementById('notice');

function say(text, good = true) {
  notice.className = `notice ${good ? 'notice-good' : 'notice-bad'}`;
  notice.textContent = text;
}

function actionButton(text, action) {
  const button = element('button', { text });
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      say(await action());
    } catch (error) {
      say(error.message, false);
    } finally {
      await load();
    }
  });
  return button;
}

function row(collector) {
  const tr = document.createElement('tr');
  tr.dataset.collector = collector.id;
  const cell = (...children) => {
    const td = document.createElement('td');
    td.append(...children);
    tr.append(td);
    return td;
  };

  cell(badge(collector.state, stateWords[collector.state] ?? collector.state));
  const link = element('a', { text: collector.name });
  link.href = `/admin/collector.html?id=${encodeURIComponent(collector.id)}`;
  cell(link, element('div', { className: 'muted small', text: collector.id }));
  cell(collector.pluginId);
  cell(collector.scheduleDescription, element('div', { className: 'muted small', text: `${collector.cron} · ${collector.timeZone}` }));
  cell(age(collector.lastRun?.lastSuccessAt));
  const error = collector.lastRun?.error ?? collector.figureError;
  cell(element('span', { className: 'error-text small', text: short(error), title: error ?? '' }));
  cell(collector.nextRunUtc ? dateTime(collector.nextRunUtc, collector.timeZone) : element('span', { className: 'muted', text: '—' }));
  const actions = element('div', { className: 'actions' });
  actions.append(actionButton('Run now', async () => {
    await runNow(collector.id);
    return `${collector.name}: a run was queued.`;
  }));
  if (collector.enabled) {
    actions.append(collector.paused
      ? actionButton('Resume', async () => { await setPaused(collector.id, false); return `${collector.name} resumed.`; })
      : actionButton('Pause', async () => { await setPaused(collector.id, true); return `${collector.name} paused; its schedule is kept.`; }));
  }

  cell(actions);
  return tr;
}

async function load() {
  try {
    const collectors = await api('/api/collectors');
    body.replaceChildren(...collectors.map(row));
    if (collectors.length === 0) {
      const empty = document.createElement('tr');
      const td = element('td', { className: 'muted', text: 'No collectors yet. Create one with "New collector".' });
      td.colSpan = 8;
      empty.append(td);
      body.append(empty);
    }
  } catch (error) {
    say(`The collectors could not be loaded: ${error.message}`, false);
  }
}

await load();
setInterval(load, 15000);
