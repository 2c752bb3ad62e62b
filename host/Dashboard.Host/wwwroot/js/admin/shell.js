// The admin pages' shared header: the links to every admin page and the signed-in user. Pages include
// <header data-admin-shell></header> and load this module; it needs nothing else.
import { api, loginUrl } from './api.js';

export const links = [
  ['Dashboards', '/'],
  ['Collectors', '/admin/collectors.html'],
  ['Plugins', '/admin/plugins.html'],
  ['Screens', '/admin/screens.html'],
  ['Keys', '/admin/keys.html'],
  ['Users', '/admin/users.html'],
  ['Audit', '/admin/audit.html'],
  ['Jobs', '/hangfire'],
  ['API', '/scalar'],
];

export function renderShell(header, path = window.location.pathname) {
  const nav = document.createElement('nav');
  nav.className = 'admin-nav';
  nav.setAttribute('aria-label', 'Admin');
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Service dashboard';
  nav.append(brand);
  for (const [text, href] of links) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    if (href === path || (path.startsWith('/admin/collector') && href === '/admin/collectors.html')) {
      link.setAttribute('aria-current', 'page');
    }

    nav.append(link);
  }

  const user = document.createElement('div');
  user.className = 'user';
  nav.append(user);
  header.replaceChildren(nav);
  return user;
}

// Before the sign-in API exists (/api/account/me answers 404), the user area stays empty.
async function showUser(area) {
  let me;
  try {
    me = await api('/api/account/me');
  } catch {
    return;
  }

  if (!me) {
    return;
  }

  const name = document.createElement('span');
  name.className = 'user-name';
  name.textContent = me.userName ?? me.name ?? '';
  const password = document.createElement('a');
  password.href = '/account/password.html';
  password.textContent = 'Change password';
  const signOut = document.createElement('button');
  signOut.type = 'button';
  signOut.textContent = 'Sign out';
  signOut.addEventListener('click', async () => {
    await fetch('/api/account/logout', { method: 'POST', credentials: 'same-origin' });
    window.location.assign(loginUrl());
  });
  area.replaceChildren(name, password, signOut);
}

const header = document.querySelector('[data-admin-shell]');
if (header) {
  showUser(renderShell(header));
}
