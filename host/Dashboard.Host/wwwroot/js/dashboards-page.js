// `/`: every dashboard and playlist, with the addresses to show, play or edit them.
import { AccessDeniedError, adoptTokenFromAddress, getJson } from "./api.js";

function card({ title, meta, links }) {
  const item = document.createElement("li");
  item.className = "card";
  item.innerHTML = `<h3 class="card-title"></h3><p class="card-meta"></p><p class="card-links"></p>`;
  item.querySelector(".card-title").textContent = title;
  item.querySelector(".card-meta").textContent = meta;
  for (const { text, href, primary } of links) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    if (primary) link.className = "primary";
    item.querySelector(".card-links").append(link);
  }
  return item;
}

function showProblem(text) {
  const problem = document.getElementById("list-problem");
  problem.textContent = text;
  problem.hidden = false;
}

async function listDashboards() {
  const list = document.getElementById("dashboards");
  const dashboards = await getJson("/api/dashboards");
  const sorted = [...dashboards].sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id));
  list.replaceChildren(...sorted.map((dashboard) => card({
    title: dashboard.title ?? dashboard.id,
    meta: [`${dashboard.tileCount ?? dashboard.tiles?.length ?? 0} tiles`, dashboard.origin === "file" ? "provisioned (read only)" : dashboard.origin].filter(Boolean).join(" · "),
    links: [
      { text: "Show", href: `/d/${encodeURIComponent(dashboard.id)}`, primary: true },
      ...(dashboard.provisioned ? [] : [{ text: "Edit", href: `/edit/${encodeURIComponent(dashboard.id)}` }]),
    ],
  })));
  if (sorted.length === 0) list.innerHTML = `<li class="empty">No dashboards yet.</li>`;
  const add = card({ title: "New dashboard", meta: "An empty grid to fill with tiles.", links: [{ text: "Create", href: "/edit/new" }] });
  add.classList.add("card--new");
  list.append(add);
}

async function listPlaylists() {
  const list = document.getElementById("playlists");
  let playlists = [];
  try {
    playlists = await getJson("/api/playlists");
  } catch (error) {
    if (error instanceof AccessDeniedError) throw error;
  }
  list.replaceChildren(...playlists.map((playlist) => card({
    title: playlist.title ?? playlist.id,
    meta: `${playlist.items?.length ?? playlist.itemCount ?? 0} dashboards${playlist.interruptOnCritical ? " · critical tiles interrupt" : ""}`,
    links: [{ text: "Play", href: `/p/${encodeURIComponent(playlist.id)}`, primary: true }],
  })));
  if (playlists.length === 0) list.innerHTML = `<li class="empty">No playlists yet.</li>`;
}

adoptTokenFromAddress();
Promise.all([listDashboards(), listPlaylists()]).catch((error) => {
  if (error instanceof AccessDeniedError) location.assign(`/account/login.html?returnUrl=${encodeURIComponent(location.pathname)}`);
  else showProblem(`The dashboards could not be read: ${error.message}`);
});
