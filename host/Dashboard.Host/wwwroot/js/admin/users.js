import { adminCall, clearProblems, formatTime, showProblem } from "../account/forms.js";

const rows = document.getElementById("users");
const template = document.getElementById("user-row");
const createForm = document.getElementById("create-form");
const listError = document.getElementById("list-error");

async function load() {
  const result = await adminCall("GET", "/api/users");
  if (!result.ok) {
    listError.textContent = result.data?.detail ?? "The users could not be read.";
    listError.hidden = false;
    return;
  }
  rows.replaceChildren(...result.data.map(renderRow));
}

function renderRow(user) {
  const row = template.content.firstElementChild.cloneNode(true);
  const id = `user-${user.userName}`;
  row.querySelector("[data-part=name]").textContent = user.userName;
  const role = row.querySelector("[data-part=role]");
  role.id = `${id}-role`;
  row.querySelector("[data-part=role-label]").htmlFor = role.id;
  row.querySelector("[data-part=role-label]").textContent = `Role of ${user.userName}`;
  role.value = user.role;
  const password = row.querySelector("[data-part=password]");
  password.id = `${id}-password`;
  row.querySelector("[data-part=password-label]").htmlFor = password.id;
  row.querySelector("[data-part=signed-in]").textContent = formatTime(user.lastSignInUtc);
  row.querySelector("[data-part=locked]").textContent = user.lockedUntilUtc ? formatTime(user.lockedUntilUtc) : "–";
  const path = `/api/users/${encodeURIComponent(user.userName)}`;

  role.addEventListener("change", () => act(row, "PUT", `${path}/role`, { role: role.value }));
  row.querySelector("[data-action=reset]").addEventListener("click", () => act(row, "PUT", `${path}/password`, { password: password.value }));
  row.querySelector("[data-action=delete]").addEventListener("click", () => {
    if (confirm(`Delete the user ${user.userName}?`)) act(row, "DELETE", path);
  });
  return row;
}

async function act(row, method, url, body) {
  clearProblems(row);
  const result = await adminCall(method, url, body);
  if (!result.ok) return showProblem(row, result.data);
  await load();
}

createForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(createForm);
  const data = new FormData(createForm);
  const result = await adminCall("POST", "/api/users", { userName: data.get("userName"), role: data.get("role"), password: data.get("password") });
  if (!result.ok) return showProblem(createForm, result.data);
  createForm.reset();
  await load();
});

load();
