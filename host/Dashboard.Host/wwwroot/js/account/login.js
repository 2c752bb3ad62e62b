import { clearProblems, safeReturnUrl, sendJson, showProblem } from "./forms.js";

const form = document.getElementById("login-form");
const setupHint = document.getElementById("setup-hint");
const deniedHint = document.getElementById("denied-hint");

deniedHint.hidden = !new URLSearchParams(location.search).has("denied");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(form);
  const data = new FormData(form);
  const result = await sendJson("POST", "/api/account/login", { userName: data.get("userName"), password: data.get("password") });
  if (result.ok) {
    location.href = safeReturnUrl(result.data.role === "admin" ? "/admin/collectors.html" : "/");
    return;
  }
  showProblem(form, result.data);
  form.elements.password.value = "";
  form.elements.password.focus();
});

// Asked after the form listens, so that a quick submit never falls through to the browser's own form submission.
const setup = await sendJson("GET", "/api/account/setup");
if (setup.ok && setup.data.needed) {
  setupHint.hidden = false;
  setupHint.querySelector("[data-part=message]").textContent = setup.data.allowedHere
    ? "Nobody can sign in yet: set up the first admin."
    : setup.data.message;
  setupHint.querySelector("a").hidden = !setup.data.allowedHere;
}
