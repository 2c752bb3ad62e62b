import { adminCall, clearProblems, formatTime, showProblem } from "../account/forms.js";

const form = document.getElementById("create-form");
const dashboards = document.getElementById("dashboards");
const issued = document.getElementById("issued");
const rows = document.getElementById("screens");
const listError = document.getElementById("list-error");

async function loadDashboards() {
  const result = await adminCall("GET", "/api/walls");
  if (!result.ok) return;
  dashboards.replaceChildren(...result.data.map((wall, index) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "dashboardIds";
    box.value = wall.id;
    box.checked = index === 0;
    label.append(box, ` ${wall.title} (${wall.id})`);
    return label;
  }));
}

async function loadScreens() {
  const result = await adminCall("GET", "/api/screens");
  if (!result.ok) {
    listError.textContent = result.data?.detail ?? "The screens could not be read.";
    listError.hidden = false;
    return;
  }
  rows.replaceChildren(...result.data.map(renderRow));
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

function renderRow(screen) {
  const row = document.createElement("tr");
  const revoke = document.createElement("button");
  revoke.type = "button";
  revoke.textContent = `Revoke ${screen.name}`;
  revoke.addEventListener("click", async () => {
    if (!confirm(`Revoke the screen ${screen.name}? It stops showing dashboards at once.`)) return;
    const result = await adminCall("DELETE", `/api/screens/${encodeURIComponent(screen.id)}`);
    if (!result.ok) {
      listError.textContent = result.data?.detail ?? "The screen was not revoked.";
      listError.hidden = false;
    }
    await loadScreens();
  });
  const actions = document.createElement("td");
  actions.append(revoke);
  row.dataset.screen = screen.id;
  row.append(cell(screen.name), cell(screen.dashboardIds.join(", ")), cell(`${formatTime(screen.createdUtc)} by ${screen.createdBy}`), cell(formatTime(screen.lastUsedUtc)), actions);
  return row;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(form);
  issued.hidden = true;
  const data = new FormData(form);
  const result = await adminCall("POST", "/api/screens", { name: data.get("name"), dashboardIds: data.getAll("dashboardIds") });
  if (!result.ok) return showProblem(form, result.data);
  const link = new URL(result.data.link, location.origin).href;
  issued.querySelector("[data-part=name]").textContent = result.data.screen.name;
  issued.querySelector("[data-part=link]").textContent = link;
  issued.querySelector("[data-part=link]").href = link;
  issued.querySelector("[data-part=code]").textContent = result.data.pairingCode;
  issued.hidden = false;
  form.reset();
  await loadScreens();
});

loadDashboards();
loadScreens();
