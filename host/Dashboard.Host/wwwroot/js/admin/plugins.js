import { api } from './api.js';
import { badge, element } from './format.js';
import { humanise } from './schema-form.js';

const statusWords = { active: 'Active', disabled: 'Disabled', notSupported: 'Not supported', malfunctioned: 'Malfunctioned', removed: 'Removed' };

function metricsTable(metrics) {
  const table = element('table');
  const head = element('tr');
  for (const title of ['Metric', 'Key', 'Unit', 'Better when']) head.append(element('th', { text: title }));
  table.append(element('thead'), element('tbody'));
  table.tHead.append(head);
  for (const metric of metrics) {
    const row = element('tr');
    row.append(
      element('td', { text: metric.title, title: metric.description ?? '' }),
      element('td', { text: metric.key }),
      element('td', { text: metric.unit || '—' }),
      element('td', { text: metric.direction === 'lowerIsBetter' ? 'lower' : 'higher' }));
    table.tBodies[0].append(row);
  }

  return table;
}

function settingsList(schema) {
  const list = element('table');
  const head = element('tr');
  for (const title of ['Setting', 'Type', 'Default', 'Limits']) head.append(element('th', { text: title }));
  list.append(element('thead'), element('tbody'));
  list.tHead.append(head);
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const type = property.enum ? `one of ${property.enum.filter((value) => value !== null).join(', ')}` : [property.type].flat().filter((value) => value !== 'null').join(' or ');
    const limits = [
      property.minimum !== undefined ? `min ${property.minimum}` : '',
      property.maximum !== undefined ? `max ${property.maximum}` : '',
      property.maxLength !== undefined ? `up to ${property.maxLength} characters` : '',
      property.pattern ? `pattern ${property.pattern}` : '',
      required.has(name) ? 'required' : '',
    ].filter(Boolean).join(', ');
    const row = element('tr');
    const nameCell = element('td', { text: humanise(name) });
    nameCell.append(element('span', { className: 'json-name muted small', text: ` ${name}` }));
    const defaultValue = property.default === undefined ? '—' : JSON.stringify(property.default);
    row.append(nameCell, element('td', { text: type || 'object' }), element('td', { className: 'small', text: defaultValue.length > 60 ? `${defaultValue.slice(0, 59)}…` : defaultValue }), element('td', { text: limits || '—' }));
    list.tBodies[0].append(row);
  }

  return list;
}

async function pluginPanel(plugin) {
  const panel = element('section', { className: 'panel' });
  panel.dataset.plugin = plugin.id;
  const title = element('div', { className: 'toolbar' });
  title.append(element('h2', { text: plugin.name ?? plugin.id }), badge(plugin.status, statusWords[plugin.status] ?? plugin.status));
  panel.append(title);
  panel.append(element('p', { className: 'muted', text: [plugin.description, `Id ${plugin.id}`, plugin.version && `version ${plugin.version}`, plugin.sdkVersion && `built for SDK ${plugin.sdkVersion}`].filter(Boolean).join(' · ') }));
  if (plugin.reason) panel.append(element('p', { className: 'error-text', text: plugin.reason }));
  if (plugin.metrics.length > 0) {
    panel.append(element('h3', { text: 'Metrics' }), metricsTable(plugin.metrics));
  }

  if (plugin.status === 'active') {
    const schema = await api(`/api/plugins/${encodeURIComponent(plugin.id)}/settings-schema`);
    panel.append(element('h3', { text: 'Settings' }), settingsList(schema));
    const details = element('details');
    details.append(element('summary', { text: 'Settings schema (JSON)' }), element('pre', { className: 'schema', text: JSON.stringify(schema, null, 2) }));
    panel.append(details);
  }

  return panel;
}

try {
  const plugins = await api('/api/plugins');
  document.getElementById('plugins').replaceChildren(...await Promise.all(plugins.map(pluginPanel)));
} catch (error) {
  const notice = document.getElementById('notice');
  notice.className = 'notice notice-bad';
  notice.textContent = `The plugins could not be loaded: ${error.message}`;
}
