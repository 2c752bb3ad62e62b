import { adminCall, formatTime } from "../account/forms.js";

const pageSize = 100;
const rows = document.getElementById("audit");
const error = document.getElementById("audit-error");
const empty = document.getElementById("audit-empty");
const older = document.getElementById("audit-older");
const olderRow = document.getElementById("audit-older-row");
let oldestShown = null;

// Routes that end in an action name it; any other POST creates, PUT changes and DELETE deletes.
const actions = {
  run: "Run now", pause: "Pause", resume: "Resume", test: "Test", import: "Import", reload: "Reload",
  password: "Reset password", role: "Change role",
};

function describeAction(method, route) {
  const last = route.split("/").at(-1);
  if (last === "ingest-key") return method === "DELETE" ? "Revoke key" : "Issue new key";
  if (method === "DELETE") return route.startsWith("/api/screens/") ? "Revoke" : "Delete";
  return actions[last] ?? (method === "POST" ? "Create" : "Change");
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

// The answer in words first, the status code after it, so a refusal reads as one without knowing HTTP.
function describeStatus(status) {
  if (status >= 200 && status < 300) return `done (${status})`;
  if (status === 400) return "refused: invalid input (400)";
  if (status === 404) return "refused: not found (404)";
  if (status === 409) return "refused: conflict (409)";
  if (status >= 500) return `failed (${status})`;
  return `refused (${status})`;
}

function renderRow(entry) {
  const row = document.createElement("tr");
  row.append(
    cell(formatTime(entry.timeUtc)),
    cell(entry.user || "–"),
    cell(`${describeAction(entry.method, entry.route)} ${entry.route}`),
    cell(entry.path),
    cell(describeStatus(entry.status), entry.status >= 300 ? "error-text" : ""));
  return row;
}

async function load() {
  const query = oldestShown === null ? `?limit=${pageSize}` : `?limit=${pageSize}&before=${oldestShown}`;
  const result = await adminCall("GET", `/api/audit${query}`);
  if (!result.ok) {
    error.textContent = result.data?.detail ?? result.data?.title ?? "The audit log could not be read.";
    error.hidden = false;
    return;
  }

  rows.append(...result.data.map(renderRow));
  if (result.data.length > 0) oldestShown = result.data[result.data.length - 1].id;
  empty.hidden = rows.children.length > 0;
  olderRow.hidden = result.data.length < pageSize;
}

older.addEventListener("click", load);
load();
