// A wall screen's display token: taken once from the address (?token=...), kept in localStorage, sent on every read
// (Authorization: Bearer) and to the live hub (access_token). A refused token shows why instead of a silent blank wall.

const STORAGE_KEY = "dashboard.displayToken";
const NOTICE_ID = "display-access-notice";

/** Moves a token from the address into storage, so it is neither bookmarked nor shown on the screen. */
export function adoptTokenFromAddress() {
  const url = new URL(location.href);
  const token = url.searchParams.get("token");
  if (!token) return;
  rememberToken(token);
  url.searchParams.delete("token");
  history.replaceState(null, "", url);
}

export function rememberToken(token) {
  localStorage.setItem(STORAGE_KEY, token);
}

export function displayToken() {
  return localStorage.getItem(STORAGE_KEY);
}

/** Headers for fetch(): the bearer token when the screen has one. */
export function authorizationHeaders() {
  const token = displayToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Options for signalR.HubConnectionBuilder().withUrl(url, options); no token sends none. */
export function hubOptions() {
  return { accessTokenFactory: () => displayToken() ?? "" };
}

/** Whether a failed fetch status or SignalR start error means the server refused this screen (401). */
export function isAccessRefused(statusOrError) {
  if (typeof statusOrError === "number") return statusOrError === 401;
  return statusOrError?.statusCode === 401 || /\b401\b/.test(statusOrError?.message ?? "");
}

/** Covers the wall with a plain message: revoked when the screen had a token, otherwise how to get one. */
export function showAccessRefused() {
  if (document.getElementById(NOTICE_ID)) return;
  const notice = document.createElement("div");
  notice.id = NOTICE_ID;
  notice.setAttribute("role", "alert");
  notice.textContent = displayToken()
    ? "This screen's access was revoked. Ask an admin for a new display link, or a pairing code to type at /pair."
    : "This screen has no access yet. Ask an admin for a display link, or a pairing code to type at /pair.";
  Object.assign(notice.style, {
    position: "fixed", inset: "0", display: "flex", alignItems: "center", justifyContent: "center", padding: "10vw",
    background: "rgba(0, 0, 0, 0.9)", color: "#fff", font: "600 3vw/1.3 system-ui, sans-serif", textAlign: "center", zIndex: "1000",
  });
  document.body.append(notice);
}
