import { clearProblems, goToLogin, sendJson, showFieldMessage, showProblem } from "./forms.js";

const form = document.getElementById("password-form");
const done = document.getElementById("password-done");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(form);
  done.hidden = true;
  const data = new FormData(form);
  if (data.get("newPassword") !== data.get("confirm")) {
    showFieldMessage(form, "confirm", "The two new passwords differ; type the same password twice.");
    return;
  }
  const result = await sendJson("POST", "/api/account/password", { currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") });
  if (result.status === 401) return goToLogin();
  if (!result.ok) return showProblem(form, result.data);
  form.reset();
  done.hidden = false;
});
