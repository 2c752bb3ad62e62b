// Run now, pause and resume: the same calls from the list and from a collector's page.
import { api } from './api.js';

export const runNow = (id) => api(`/api/collectors/${encodeURIComponent(id)}/run`, { method: 'POST' });

export const setPaused = (id, paused) =>
  api(`/api/collectors/${encodeURIComponent(id)}/${paused ? 'pause' : 'resume'}`, { method: 'POST' });

/** The words shown for a collector's state. */
export const stateWords = {
  ok: 'OK',
  failing: 'Failing',
  paused: 'Paused',
  disabled: 'Disabled',
  waiting: 'Not run yet',
  backingOff: 'Backing off',
  pluginRemoved: 'Plugin removed',
};
