// Shared by the account and admin pages: JSON calls, and problems shown next to the field they name.
import { loginUrl } from "../admin/api.js";

/** Sends JSON with the session cookie; returns { ok, status, data } where data is the parsed body or null. */
export async function sendJson(method, url, body) {
  const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text };
  }
  return { ok: response.ok, status: response.status, data };
}

/** Like sendJson, but a 401 sends the visitor to the sign-in page and back (the admin pages' rule). */
export async function adminCall(method, url, body) {
  const result = await sendJson(method, url, body);
  if (result.status === 401) goToLogin();
  return result;
}

export function goToLogin() {
  location.href = loginUrl();
}

export function clearProblems(scope) {
  for (const element of scope.querySelectorAll("[data-error-for]")) {
    element.textContent = "";
    element.hidden = true;
  }
  for (const input of scope.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
}

/**
 * Puts each field's messages in its [data-error-for=field] element and marks the field invalid; whatever names no
 * field on the form (or a problem without field errors) goes to [data-error-for=form].
 */
export function showProblem(scope, problem) {
  clearProblems(scope);
  const unplaced = [];
  for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
    const slot = scope.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (slot) {
      show(slot, messages.join(" "));
      scope.querySelector(`[name="${CSS.escape(field)}"]`)?.setAttribute("aria-invalid", "true");
    } else {
      unplaced.push(`${field}: ${messages.join(" ")}`);
    }
  }
  if (unplaced.length > 0 || !problem?.errors) {
    const text = unplaced.length > 0 ? unplaced.join(" ") : problem?.detail ?? problem?.title ?? "Something went wrong; try again.";
    const slot = scope.querySelector('[data-error-for="form"]');
    if (slot) show(slot, text);
  }
}

/** Shows a message the page worked out itself, next to a field. */
export function showFieldMessage(scope, field, message) {
  showProblem(scope, { errors: { [field]: [message] } });
}

/** A same-site path to go back to after signing in; anything else goes to the default. */
export function safeReturnUrl(fallback) {
  const value = new URLSearchParams(location.search).get("returnUrl");
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}

export function formatTime(value) {
  return value ? new Date(value).toLocaleString() : "never";
}

function show(slot, text) {
  slot.textContent = text;
  slot.hidden = false;
}
