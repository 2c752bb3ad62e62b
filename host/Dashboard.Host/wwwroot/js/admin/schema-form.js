// Draws form fields from a JSON schema (as GET /api/plugins/{id}/settings-schema serves it) and reads them back.
// The server validates; the form only helps (limits, choices, defaults) and shows each server error beside its field.
// Every field carries data-path, the name the server uses in its errors, e.g. "settings.opensAt".

/** "opensAt" -> "Opens at", "csvFolder" -> "Csv folder". */
export function humanise(jsonName) {
  const words = jsonName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function types(schema) {
  const type = schema.type;
  return Array.isArray(type) ? type : type ? [type] : [];
}

function kindOf(schema) {
  if (Array.isArray(schema.enum)) return 'enum';
  const list = types(schema).filter((type) => type !== 'null');
  if (list.length !== 1) return 'json';
  const [type] = list;
  if (type === 'object' && schema.properties && !schema.additionalProperties) return 'object';
  if (type === 'array' && types(schema.items ?? {}).includes('string')) return 'list';
  if (type === 'boolean' || type === 'integer' || type === 'number' || type === 'string') return type;
  return 'json';
}

const isNullable = (schema) => types(schema).includes('null') || (Array.isArray(schema.enum) && schema.enum.includes(null));

function hint(schema, kind) {
  const parts = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`From ${schema.minimum} to ${schema.maximum}.`);
  else if (schema.minimum !== undefined) parts.push(`At least ${schema.minimum}.`);
  else if (schema.maximum !== undefined) parts.push(`At most ${schema.maximum}.`);
  if (schema.maxLength !== undefined) parts.push(`At most ${schema.maxLength} character${schema.maxLength === 1 ? '' : 's'}.`);
  if (kind === 'list') parts.push('Several values separated by commas.');
  if (schema.pattern) parts.push(`Must match ${schema.pattern}.`);
  if (kind === 'json') parts.push(types(schema).includes('array') ? 'A JSON list, e.g. ["a", "b"].' : 'JSON, e.g. {"name": "value"}.');
  return parts.join(' ');
}

/** An empty field with its label, help and error slot; `control` is appended by the caller. */
export function fieldShell(path, label, { help = '', jsonName = '', wide = false } = {}) {
  const field = document.createElement('div');
  field.className = wide ? 'field wide' : 'field';
  field.dataset.path = path;
  const id = `field-${path.replace(/[^A-Za-z0-9]/g, '-')}`;
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  if (jsonName) {
    const name = document.createElement('span');
    name.className = 'json-name';
    name.textContent = jsonName;
    labelElement.append(name);
  }

  const helpElement = document.createElement('div');
  helpElement.className = 'help';
  helpElement.id = `${id}-help`;
  helpElement.textContent = help;
  const error = document.createElement('div');
  error.className = 'field-error';
  error.id = `${id}-error`;
  error.setAttribute('role', 'alert');
  field.append(labelElement);
  return {
    field,
    id,
    attach(control) {
      control.id = id;
      control.setAttribute('aria-describedby', `${helpElement.id} ${error.id}`);
      field.append(control, error);
      if (help) field.append(helpElement);
    },
  };
}

function control(kind, schema, value) {
  if (kind === 'enum') {
    const select = document.createElement('select');
    for (const option of schema.enum) {
      const element = document.createElement('option');
      element.value = option === null ? '' : String(option);
      element.textContent = option === null ? '(none)' : humanise(String(option));
      select.append(element);
    }

    select.value = value === null || value === undefined ? '' : String(value);
    return select;
  }

  const input = document.createElement(kind === 'json' ? 'textarea' : 'input');
  if (kind === 'boolean') {
    input.type = 'checkbox';
    input.checked = value === true;
  } else if (kind === 'integer' || kind === 'number') {
    input.type = 'number';
    input.step = kind === 'integer' ? '1' : 'any';
    if (schema.minimum !== undefined) input.min = String(schema.minimum);
    if (schema.maximum !== undefined) input.max = String(schema.maximum);
    input.value = value === null || value === undefined ? '' : String(value);
  } else if (kind === 'string') {
    input.type = 'text';
    input.value = value ?? '';
  } else if (kind === 'list') {
    input.type = 'text';
    input.value = Array.isArray(value) ? value.join(', ') : '';
  } else {
    input.value = value === undefined || value === null ? '' : JSON.stringify(value, null, 1);
  }

  return input;
}

/** Appends one field per property of `schema` into `container`, filled from `values` or the schema's defaults. */
export function renderSchemaFields(container, schema, values, prefix) {
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}.${name}`;
    const value = values && name in values ? values[name] : property.default;
    const kind = kindOf(property);
    if (kind === 'object') {
      const set = document.createElement('fieldset');
      set.className = 'field form-grid';
      set.dataset.path = path;
      const legend = document.createElement('legend');
      legend.textContent = property.title ?? humanise(name);
      const error = document.createElement('div');
      error.className = 'field-error';
      error.setAttribute('role', 'alert');
      set.append(legend, error);
      renderSchemaFields(set, property, value, path);
      container.append(set);
      continue;
    }

    const label = (property.title ?? humanise(name)) + (required.has(name) ? ' *' : '');
    const help = [property.description, hint(property, kind)].filter(Boolean).join(' ');
    const shell = fieldShell(path, label, { help, jsonName: name, wide: kind === 'json' });
    const element = control(kind, property, value);
    element.name = path;
    element.dataset.kind = kind;
    element.dataset.nullable = String(isNullable(property));
    if (kind === 'boolean') {
      const wrap = document.createElement('label');
      wrap.className = 'checkbox';
      shell.attach(element);
      wrap.append(element, document.createTextNode(' Yes'));
      shell.field.insertBefore(wrap, shell.field.querySelector('.field-error'));
    } else {
      shell.attach(element);
    }

    container.append(shell.field);
  }
}

function readValue(element) {
  const { kind, nullable } = element.dataset;
  const raw = element.value;
  const empty = nullable === 'true' ? null : undefined;
  switch (kind) {
    case 'boolean': return element.checked;
    case 'integer':
    case 'number':
      // An unreadable number is sent as typed, so the server's error names the field and echoes it.
      return raw.trim() === '' ? empty : Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'enum': return raw === '' ? empty : raw;
    case 'string': return raw === '' && nullable === 'true' ? null : raw;
    case 'list': return raw.trim() === '' ? (nullable === 'true' ? null : []) : raw.split(',').map((item) => item.trim()).filter(Boolean);
    default:
      if (raw.trim() === '') return empty;
      try {
        return JSON.parse(raw);
      } catch {
        return raw;
      }
  }
}

/** The values of the fields under `container` whose path starts with `prefix.`, as a nested object. */
export function readSchemaFields(container, prefix) {
  const result = {};
  for (const element of container.querySelectorAll(`[name^="${prefix}."]`)) {
    const value = readValue(element);
    if (value === undefined) continue;
    const names = element.name.slice(prefix.length + 1).split('.');
    let target = result;
    for (const name of names.slice(0, -1)) target = target[name] ??= {};
    target[names.at(-1)] = value;
  }

  return result;
}

// "windows[2]" is shown on the windows field; a nested path falls back to its nearest drawn ancestor.
function fieldFor(form, key) {
  let path = key.replace(/\[\d+\]$/, '');
  while (path) {
    const field = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (field) return field;
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  }

  return null;
}

/** Shows each server error beside its field; returns the messages no field could take. */
export function showErrors(form, errors) {
  clearErrors(form);
  const unplaced = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const field = fieldFor(form, key);
    const slot = field?.querySelector(':scope > .field-error');
    if (!slot) {
      unplaced.push(`${key}: ${messages.join(' ')}`);
      continue;
    }

    field.classList.add('invalid');
    slot.textContent = [slot.textContent, ...messages].filter(Boolean).join(' ');
  }

  form.querySelector('.invalid input, .invalid select, .invalid textarea')?.focus();
  return unplaced;
}

export function clearErrors(form) {
  for (const field of form.querySelectorAll('.invalid')) field.classList.remove('invalid');
  for (const slot of form.querySelectorAll('.field-error')) slot.textContent = '';
}
