// One collector: create or edit it with a form drawn from its plugin's settings schema, see its schedule in words
// and its next runs while typing, test its connection, run, pause or resume it, and read its run history.
import { api, ApiError } from './api.js';
import { badge, dateTime, duration, element } from './format.js';
import { fieldShell, readSchemaFields, renderSchemaFields, showErrors, clearErrors } from './schema-form.js';
import { runNow, setPaused, stateWords } from './collector-actions.js';
import { renderHistory } from './run-history.js';

const form = document.getElementById('collector-form');
const notice = document.getElementById('notice');
const testResult = document.getElementById('test-result');
const preview = document.getElementById('schedule-preview');
const collectorId = new URLSearchParams(window.location.search).get('id');
let collector = null;

function say(text, good = true) {
  notice.className = `notice ${good ? 'notice-good' : 'notice-bad'}`;
  notice.textContent = text;
}

function input(path, label, { value = '', help = '', type = 'text', jsonName = path } = {}) {
  const shell = fieldShell(path, label, { help, jsonName });
  const control = document.createElement('input');
  control.type = type;
  control.name = path;
  if (type === 'checkbox') {
    control.checked = value === true;
    const wrap = element('label', { className: 'checkbox' });
    shell.attach(control);
    wrap.append(control, document.createTextNode(' Yes'));
    shell.field.insertBefore(wrap, shell.field.querySelector('.field-error'));
  } else {
    control.value = value ?? '';
    shell.attach(control);
  }

  return { field: shell.field, control };
}

function select(path, label, options, value, help) {
  const shell = fieldShell(path, label, { help, jsonName: path });
  const control = document.createElement('select');
  control.name = path;
  for (const [optionValue, text] of options) {
    const option = element('option', { text });
    option.value = optionValue;
    control.append(option);
  }

  control.value = value;
  shell.attach(control);
  return { field: shell.field, control };
}

async function drawSettings(pluginId, values) {
  const container = document.getElementById('settings');
  container.replaceChildren();
  if (!pluginId) return;
  const schema = await api(`/api/plugins/${encodeURIComponent(pluginId)}/settings-schema`);
  document.getElementById('settings-intro').textContent =
    `Settings of plugin ${pluginId}. Left as they are, the plugin's defaults apply; the server checks every value when you save or test.`;
  renderSchemaFields(container, schema, values, 'settings');
}

function request() {
  const value = (name) => form.elements[name].value.trim();
  const timeout = value('timeoutSeconds');
  return {
    id: value('id'),
    name: value('name'),
    pluginId: form.elements.pluginId.value,
    settings: readSchemaFields(form, 'settings'),
    cron: value('cron'),
    timeZone: value('timeZone'),
    enabled: form.elements.enabled.checked,
    // A value that is not a whole number goes as typed, so the server's error names the field and echoes it.
    timeoutSeconds: timeout === '' ? null : Number.isInteger(Number(timeout)) ? Number(timeout) : timeout,
    windows: value('windows').split(',').map((window) => window.trim()).filter(Boolean),
  };
}

function showFailure(error, what) {
  if (error instanceof ApiError && Object.keys(error.errors).length > 0) {
    const unplaced = showErrors(form, error.errors);
    say(`${what}: fix the fields marked in red.${unplaced.length ? ` ${unplaced.join(' ')}` : ''}`, false);
  } else {
    say(`${what}: ${error.message}`, false);
  }
}

let previewTimer;
let previewSerial = 0;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const serial = ++previewSerial;
    const cron = form.elements.cron.value.trim();
    const timeZone = form.elements.timeZone.value.trim();
    for (const name of ['cron', 'timeZone']) {
      const field = form.querySelector(`[data-path="${name}"]`);
      field.classList.remove('invalid');
      field.querySelector('.field-error').textContent = '';
    }

    try {
      const result = await api(`/api/schedule/preview?cron=${encodeURIComponent(cron)}&timeZone=${encodeURIComponent(timeZone)}`);
      if (serial !== previewSerial) return;
      const list = element('ol');
      for (const run of result.nextRuns) list.append(element('li', { text: dateTime(run, result.timeZone) }));
      preview.replaceChildren(
        element('strong', { text: result.description }),
        element('div', { className: 'muted', text: `Next runs in ${result.timeZone}:` }),
        list);
    } catch (error) {
      if (serial !== previewSerial) return;
      preview.replaceChildren(element('span', { className: 'muted', text: 'No preview until the schedule is valid.' }));
      if (error instanceof ApiError) {
        for (const [name, messages] of Object.entries(error.errors)) {
          const field = form.querySelector(`[data-path="${name}"]`);
          field?.classList.add('invalid');
          if (field) field.querySelector('.field-error').textContent = messages.join(' ');
        }
      }
    }
  }, 250);
}

async function drawForm(plugins) {
  const general = document.getElementById('general');
  const schedule = document.getElementById('schedule');
  const active = plugins.filter((plugin) => plugin.status === 'active');
  const id = input('id', 'Id', { value: collector?.id, help: 'Lower case letters, digits and dashes, e.g. city-hall-queue. It names the collector\'s metrics and cannot change.' });
  id.control.readOnly = collector !== null;
  const name = input('name', 'Name', { value: collector?.name, help: 'Shown under each wall tile.' });
  const plugin = select('pluginId', 'Plugin',
    [['', 'Choose a plugin'], ...active.map((candidate) => [candidate.id, `${candidate.name ?? candidate.id} (${candidate.id})`])],
    collector?.pluginId ?? '', collector ? 'A collector keeps its plugin; create a new collector for another one.' : '');
  plugin.control.disabled = collector !== null;
  const enabled = input('enabled', 'Enabled', { type: 'checkbox', value: collector?.enabled ?? true, help: 'A disabled collector keeps its settings but never runs.' });
  const timeout = input('timeoutSeconds', 'Timeout (seconds)', { value: collector?.timeoutSeconds ?? '', help: 'How long one run or connection test may take; empty for the host default.' });
  const windows = input('windows', 'Windows', { value: (collector?.windows ?? ['today', '60m', '7d']).join(', '), help: 'Periods figures are computed over, e.g. today, 60m, 7d; the first is shown on the wall.' });
  general.replaceChildren(id.field, name.field, plugin.field, enabled.field, timeout.field, windows.field);

  const cron = input('cron', 'Cron', { value: collector?.cron ?? '*/5 * * * *', help: 'Minute hour day month weekday, or six fields with seconds first. E.g. */5 * * * * is every 5 minutes; 0 8 * * 1-5 is 08:00 on weekdays.' });
  const zone = input('timeZone', 'Time zone', { value: collector?.timeZone ?? 'Europe/Helsinki', help: 'IANA time zone the schedule and the local days of figures are read in.' });
  const zones = element('datalist');
  zones.id = 'time-zones';
  for (const candidate of Intl.supportedValuesOf?.('timeZone') ?? []) {
    const option = document.createElement('option');
    option.value = candidate;
    zones.append(option);
  }

  zone.control.setAttribute('list', zones.id);
  schedule.replaceChildren(cron.field, zone.field, zones);
  cron.control.addEventListener('input', schedulePreview);
  zone.control.addEventListener('input', schedulePreview);
  plugin.control.addEventListener('change', () => drawSettings(plugin.control.value, {}).catch((error) => say(error.message, false)));
  schedulePreview();
  await drawSettings(collector?.pluginId ?? '', collector?.settings ?? {});
}

async function loadHistory() {
  const runs = await api(`/api/collectors/${encodeURIComponent(collector.id)}/runs?limit=50`);
  renderHistory(document.querySelector('#history tbody'), runs, collector.timeZone);
}

function drawHeader() {
  document.getElementById('title').textContent = collector.name;
  document.title = `${collector.name} · Service dashboard`;
  const state = badge(collector.state, stateWords[collector.state] ?? collector.state);
  if (collector.backoff) state.title = collector.backoff;
  document.getElementById('state').replaceChildren(state);
  document.getElementById('collector-actions').hidden = false;
  document.getElementById('history-section').hidden = false;
  const pause = document.getElementById('pause');
  pause.textContent = collector.paused ? 'Resume' : 'Pause';
  pause.hidden = !collector.enabled;
}

async function refresh() {
  collector = await api(`/api/collectors/${encodeURIComponent(collectorId)}`);
  drawHeader();
  await loadHistory();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const body = request();
  try {
    if (collector) {
      collector = await api(`/api/collectors/${encodeURIComponent(collector.id)}`, { method: 'PUT', body: { ...body, pluginId: collector.pluginId } });
      drawHeader();
      say('Saved.');
    } else {
      await api('/api/collectors', { method: 'POST', body });
      window.location.assign(`/admin/collector.html?id=${encodeURIComponent(body.id)}&created=1`);
    }
  } catch (error) {
    showFailure(error, 'Not saved');
  }
});

document.getElementById('test').addEventListener('click', async () => {
  clearErrors(form);
  testResult.replaceChildren(element('span', { className: 'muted', text: 'Testing…' }));
  try {
    const result = await api('/api/collectors/test', { method: 'POST', body: { ...request(), pluginId: collector?.pluginId ?? form.elements.pluginId.value } });
    testResult.replaceChildren(
      badge(result.succeeded ? 'succeeded' : 'failed', result.succeeded ? 'Connected' : 'Failed'),
      document.createTextNode(` ${result.message} (${duration(result.durationMilliseconds)})`));
  } catch (error) {
    testResult.replaceChildren();
    showFailure(error, 'Not tested');
  }
});

document.getElementById('run-now').addEventListener('click', async () => {
  await runNow(collector.id);
  say('A run was queued; its row appears in the run history below when it ends.');
  // The run usually ends within seconds; look again a few times rather than make the admin reload.
  for (const delay of [1000, 3000, 8000]) setTimeout(() => refresh().catch(() => {}), delay);
});

document.getElementById('pause').addEventListener('click', async () => {
  collector = await setPaused(collector.id, !collector.paused);
  drawHeader();
  say(collector.paused ? 'Paused: the schedule and settings are kept; Resume puts it back on its schedule.' : 'Resumed: it runs on its schedule again.');
});

try {
  const plugins = await api('/api/plugins');
  if (collectorId) {
    collector = await api(`/api/collectors/${encodeURIComponent(collectorId)}`);
    drawHeader();
    if (new URLSearchParams(window.location.search).has('created')) say('Created.');
  }

  await drawForm(plugins);
  if (collector) {
    await loadHistory();
    setInterval(() => refresh().catch(() => {}), 15000);
  }
} catch (error) {
  say(`The collector could not be loaded: ${error.message}`, false);
}
