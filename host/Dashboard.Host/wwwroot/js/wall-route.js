// Which screen the address asks for: /d/{id} one dashboard, /p/{id} a playlist (also ?dashboard= / ?playlist=).

export function parseWallRoute(pathname, search = "") {
  const match = /^\/(d|p)\/([^/]+)\/?$/.exec(pathname);
  if (match) return { kind: match[1] === "d" ? "dashboard" : "playlist", id: decodeURIComponent(match[2]) };
  const query = new URLSearchParams(search);
  if (query.get("playlist")) return { kind: "playlist", id: query.get("playlist") };
  if (query.get("dashboard")) return { kind: "dashboard", id: query.get("dashboard") };
  return null;
}
