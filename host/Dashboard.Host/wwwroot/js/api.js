// Every read and write of the pages goes through here, so a display token is added in exactly one place: the
// `Authorization` header of fetches and the hub's accessTokenFactory both come from currentToken().

const TOKEN_KEY = "dashboard.displayToken";

/** A 401 or 403: the screen's display token was revoked, has expired or was never given. */
export class AccessDeniedError extends Error {
  constructor(status) {
    super(`The server answered ${status}.`);
    this.status = status;
  }
}

/** Any other failed request; problem is the RFC 7807 body when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** A `?token=` in the address is kept in localStorage, so the screen still has it after a reload without one. */
export function adoptTokenFromAddress(search = location.search, storage = localStorage) {
  const token = new URLSearchParams(search).get("token");
  if (token) storage.setItem(TOKEN_KEY, token);
  return currentToken(storage);
}

/** A token from pairing (/pair): kept like one from the address. */
export function rememberToken(token, storage = localStorage) {
  storage.setItem(TOKEN_KEY, token);
}

export function currentToken(storage = localStorage) {
  return storage.getItem(TOKEN_KEY);
}

function headers(extra = {}) {
  const token = currentToken();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function send(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: headers(body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 || response.status === 403) throw new AccessDeniedError(response.status);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const getJson = (path) => send("GET", path);
export const putJson = (path, body) => send("PUT", path, body);
export const deleteJson = (path) => send("DELETE", path);

/** Options for signalR's withUrl: the same token as the fetches, asked for again on every (re)connect. */
export function hubOptions() {
  return { accessTokenFactory: () => currentToken() ?? "" };
}
