// What every console page shares: calls to the staff API (the session cookie goes by itself, writes carry
// the session's CSRF token, a 401 leads back to sign-in), the language switch, and a few texts.
const CONSOLE = { 'X-Clinic-Console': '1', Accept: 'application/json' };
let csrf = null;

export const lang = () => document.documentElement.lang;

/** The language buttons set <html lang>; pages re-render their own texts on the change. */
export function languageSwitch(onChange = () => {}) {
  const buttons = document.querySelectorAll('[data-set-lang]');
  const use = (value) => {
    document.documentElement.lang = value;
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === value)));
    localStorage.setItem('console-lang', value);
    onChange(value);
  };
  buttons.forEach((b) => b.addEventListener('click', () => use(b.dataset.setLang)));
  const saved = localStorage.getItem('console-lang') || ((navigator.language || '').startsWith('es') ? 'es' : 'en');
  use(saved);
}

/** The signed-in staff member, or a trip to the sign-in page. */
export async function session() {
  const answer = await fetch('/api/v1/admin/sessions/current', { headers: CONSOLE });
  if (answer.status === 401) {
    location.assign('/console/');
    return new Promise(() => {});
  }
  const who = await answer.json();
  csrf = who.csrfToken;
  return who;
}

/** Calls the staff API; resolves to the JSON answer, or rejects with the problem the server gave. */
export async function api(method, path, body) {
  const headers = { ...CONSOLE, 'Accept-Language': lang() };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const answer = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (answer.status === 401) {
    location.assign('/console/');
    return new Promise(() => {});
  }
  const json = answer.status === 204 ? null : await answer.json();
  if (!answer.ok) throw json;
  return json;
}

export async function signIn(username, password) {
  const answer = await fetch('/api/v1/admin/sessions', {
    method: 'POST',
    headers: { ...CONSOLE, 'Content-Type': 'application/json', 'Accept-Language': lang() },
    body: JSON.stringify({ username, password }),
  });
  const json = await answer.json();
  if (!answer.ok) throw json;
  return json;
}

export async function signOut() {
  await api('DELETE', '/api/v1/admin/sessions/current');
  location.assign('/console/');
}

/** An element with text content only (never HTML from data). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}
