import { adminCall, formatTime } from "../account/forms.js";

const rows = document.getElementById("keys");
const error = document.getElementById("keys-error");
const newKey = document.getElementById("new-key");

function showError(result) {
  error.textContent = result.data?.detail ?? result.data?.title ?? "The request failed.";
  error.hidden = false;
}

async function load() {
  const result = await adminCall("GET", "/api/ingest-keys");
  if (!result.ok) return showError(result);
  rows.replaceChildren(...result.data.map(renderRow));
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

function button(label, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.addEventListener("click", onClick);
  return element;
}

function renderRow(key) {
  const row = document.createElement("tr");
  const path = `/api/collectors/${encodeURIComponent(key.collectorId)}/ingest-key`;
  const actions = document.createElement("td");
  actions.append(
    button(key.hasKey ? `Rotate key of ${key.collectorId}` : `Create key for ${key.collectorId}`, async () => {
      const result = await adminCall("POST", path);
      if (!result.ok) return showError(result);
      newKey.querySelector("[data-part=collector]").textContent = key.collectorName;
      newKey.querySelector("[data-part=key]").textContent = result.data.ingestKey;
      newKey.hidden = false;
      await load();
    }));
  if (key.hasKey) {
    actions.append(button(`Revoke key of ${key.collectorId}`, async () => {
      if (!confirm(`Revoke the ingest key of ${key.collectorName}? Pushes are refused until a new key is made.`)) return;
      const result = await adminCall("DELETE", path);
      if (!result.ok) return showError(result);
      await load();
    }));
  }
  row.append(cell(`${key.collectorName} (${key.collectorId})`), cell(key.hasKey ? "set" : "none"), cell(formatTime(key.createdUtc)), cell(formatTime(key.lastUsedUtc)), actions);
  return row;
}

load();
