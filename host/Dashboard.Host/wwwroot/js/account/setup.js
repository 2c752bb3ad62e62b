import { clearProblems, sendJson, showFieldMessage, showProblem } from "./forms.js";

const form = document.getElementById("setup-form");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(form);
  const data = new FormData(form);
  if (data.get("password") !== data.get("confirm")) {
    showFieldMessage(form, "confirm", "The two passwords differ; type the same password twice.");
    return;
  }
  const result = await sendJson("POST", "/api/account/setup", { userName: data.get("userName"), password: data.get("password") });
  if (result.ok) {
    location.href = "/admin/screens.html";
    return;
  }
  showProblem(form, result.data);
});
