// Calls the admin API. A 401 sends the admin to sign in and back; any other failure becomes an ApiError carrying
// the server's problem details, so a page can show each error beside the field it names.

/** The server refused a request; `errors` maps field names (JSON names, e.g. "settings.opensAt") to messages. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? {};
  }
}

export function loginUrl(location = window.location) {
  return `/account/login.html?returnUrl=${encodeURIComponent(location.pathname + location.search)}`;
}

export async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (response.status === 401) {
    window.location.assign(loginUrl());
    return new Promise(() => {});
  }

  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }

  return data;
}
