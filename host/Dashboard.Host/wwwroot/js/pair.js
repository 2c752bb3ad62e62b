import { clearProblems, sendJson, showProblem } from "./account/forms.js";
import { rememberToken } from "./api.js";

const form = document.getElementById("pair-form");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearProblems(form);
  const result = await sendJson("POST", "/api/screens/pair", { code: new FormData(form).get("code") });
  if (!result.ok) return showProblem(form, result.data);
  rememberToken(result.data.token);
  // The token is stored now; the address need not carry it.
  const link = new URL(result.data.link, location.origin);
  link.searchParams.delete("token");
  location.href = link.pathname + link.search;
});
