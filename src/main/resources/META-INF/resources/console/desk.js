import { api, el, lang, languageSwitch, session, signOut } from './console.js';

// The desk: the requests waiting for confirmation and one day's visits, for the whole clinic or one
// practitioner, in the clinic's time zone. Both are read again every few seconds (polling, so that a
// second desk sees a new web booking without reloading); a list is redrawn only when it changed, and
// a request's row is kept while it stays, so a reason being typed is not lost.
const POLL_MS = 3000;
const TEXTS = {
  en: {
    all: 'All practitioners', practitioner: 'Practitioner', day: 'Day', today: 'Today', confirm: 'Confirm', decline: 'Decline',
    reason: 'Reason for declining (the patient may be told)', none: 'No request is waiting.', waiting: (n) => `${n} waiting`,
    noVisits: 'No visits this day.', newPatient: 'new patient', returning: 'returning', confirmed: (r) => `${r} confirmed.`,
    declined: (r) => `${r} declined.`, visitsOn: (d) => `Visits on ${d}`,
    more: (shown, all) => `The first ${shown} of ${all} visits; choose a practitioner to see the others.`,
    completed: 'Completed', noShow: 'No-show', cancel: 'Cancel visit',
    roles: { admin: 'admin', staff: 'staff' },
    status: { REQUESTED: 'Requested', CONFIRMED: 'Confirmed', DECLINED: 'Declined', CANCELLED: 'Cancelled', COMPLETED: 'Completed', NO_SHOW: 'No-show' },
  },
  es: {
    all: 'Todos los profesionales', practitioner: 'Profesional', day: 'Día', today: 'Hoy', confirm: 'Confirmar', decline: 'Rechazar',
    reason: 'Motivo del rechazo (se le puede comunicar al paciente)', none: 'No hay solicitudes pendientes.', waiting: (n) => (n === 1 ? '1 pendiente' : `${n} pendientes`),
    noVisits: 'No hay visitas este día.', newPatient: 'paciente nuevo', returning: 'paciente habitual', confirmed: (r) => `${r} confirmada.`,
    declined: (r) => `${r} rechazada.`, visitsOn: (d) => `Visitas del ${d}`,
    more: (shown, all) => `Las primeras ${shown} de ${all} visitas; elija un profesional para ver las demás.`,
    completed: 'Realizada', noShow: 'No se presentó', cancel: 'Cancelar visita',
    roles: { admin: 'administración', staff: 'personal' },
    status: { REQUESTED: 'Solicitada', CONFIRMED: 'Confirmada', DECLINED: 'Rechazada', CANCELLED: 'Cancelada', COMPLETED: 'Realizada', NO_SHOW: 'No se presentó' },
  },
};
const t = () => TEXTS[lang()] || TEXTS.en;

let zone = 'UTC';
let names = new Map();
let services = new Map();
const rows = new Map();
let lastDay = '';

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return (Date.UTC(+parts.year, parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - instant) / 60000;
}

/** The instant a clinic day starts (its local midnight, whatever the day's offset). */
function dayStart(date, timeZone) {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  const first = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60000;
  return new Date(midnightUtc - offsetMinutes(first, timeZone) * 60000).toISOString();
}

const nextDate = (date) => new Date(Date.UTC(...date.split('-').map((v, i) => (i === 1 ? v - 1 : +v))) + 86400000).toISOString().slice(0, 10);
const todayInClinic = () => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
const longDate = (date) => new Intl.DateTimeFormat(lang(), { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${date}T12:00:00Z`));
// Times as the API gives them, already at the clinic's offset: the clinic's wall clock, on DST days too.
const clock = (start) => start.slice(11, 16);
const who = (a) => (a.patient ? `${a.patient.firstName} ${a.patient.lastName}` : '—');

function controls() {
  const select = document.getElementById('practitioner');
  const date = document.getElementById('date');
  return { practitioner: select.value, date: date.value || todayInClinic() };
}

function query(extra) {
  const params = new URLSearchParams(extra);
  const { practitioner } = controls();
  if (practitioner) params.set('practitioner', practitioner);
  return params.toString();
}

async function refreshQueue() {
  const page = await api('GET', `/api/v1/admin/appointments?${query({ status: 'REQUESTED', size: '50' })}`);
  const list = document.getElementById('queue');
  const keep = new Set(page.items.map((a) => a.reference));
  [...rows.keys()].filter((ref) => !keep.has(ref)).forEach((ref) => { rows.get(ref).remove(); rows.delete(ref); });
  let after = null;
  page.items.forEach((a) => {
    if (!rows.has(a.reference)) {
      const row = requestRow(a);
      rows.set(a.reference, row);
      list.insertBefore(row, after ? after.nextSibling : list.firstChild);
    }
    after = rows.get(a.reference);
  });
  document.getElementById('queue-status').textContent = page.items.length ? t().waiting(page.totalItems) : t().none;
}

function requestRow(a) {
  const id = `reason-${a.reference}`;
  const error = el('p', { class: 'error', id: `${id}-error`, role: 'alert' });
  const reason = el('input', { id, name: 'reason', 'aria-describedby': `${id}-error`, maxlength: '500' });
  const confirm = el('button', { type: 'button', class: 'primary' }, t().confirm);
  const decline = el('button', { type: 'button' }, t().decline);
  const row = el('li', { 'data-reference': a.reference },
    el('span', { class: 'time' }, `${longDate(a.start.slice(0, 10))} ${clock(a.start)}`), ' · ',
    el('strong', {}, who(a)), ` · ${services.get(a.service) || a.service} · ${names.get(a.practitioner) || a.practitioner} · ${a.newPatient ? t().newPatient : t().returning} · `,
    el('span', { class: 'reference' }, a.reference),
    el('div', { class: 'actions' }, confirm,
      el('span', { class: 'reason' }, el('label', { for: id }, t().reason), reason), decline),
    error);
  const change = async (status, done) => {
    error.textContent = '';
    reason.removeAttribute('aria-invalid');
    try {
      await api('POST', `/api/v1/admin/appointments/${encodeURIComponent(a.reference)}/status-changes`,
        status === 'DECLINED' ? { status, reason: reason.value } : { status });
      document.getElementById('queue-status').textContent = done(a.reference);
      rows.delete(a.reference);
      row.remove();
      refreshDay(true).catch(shown);
    } catch (problem) {
      const onReason = (problem.violations || []).find((v) => v.field === 'reason');
      error.textContent = onReason ? onReason.message : problem.detail;
      if (onReason) { reason.setAttribute('aria-invalid', 'true'); reason.focus(); }
    }
  };
  confirm.addEventListener('click', () => change('CONFIRMED', t().confirmed));
  decline.addEventListener('click', () => change('DECLINED', t().declined));
  return row;
}

/** A visit of the day; a confirmed one can be marked completed or no-show, or cancelled (the server says when not yet). */
function visitRow(a) {
  const row = el('li', { 'data-reference': a.reference },
    el('span', { class: 'time' }, `${clock(a.start)}–${clock(a.end)}`), ' ', el('strong', {}, who(a)),
    ` · ${services.get(a.service) || a.service} · ${names.get(a.practitioner) || a.practitioner} · `, el('span', { class: 'status', 'data-status': a.status }, t().status[a.status] || a.status));
  if (a.status !== 'CONFIRMED') return row;
  const error = el('p', { class: 'error', role: 'alert' });
  const actions = el('div', { class: 'actions' });
  [['COMPLETED', t().completed], ['NO_SHOW', t().noShow], ['CANCELLED', t().cancel]].forEach(([status, label]) => {
    const button = el('button', { type: 'button' }, label);
    button.addEventListener('click', async () => {
      error.textContent = '';
      try {
        await api('POST', `/api/v1/admin/appointments/${encodeURIComponent(a.reference)}/status-changes`, { status });
        await refreshDay(true);
      } catch (problem) {
        error.textContent = problem.detail;
        button.focus();
      }
    });
    actions.append(button);
  });
  row.append(actions, error);
  return row;
}

async function refreshDay(force) {
  const { date } = controls();
  const page = await api('GET', `/api/v1/admin/appointments?${query({ from: dayStart(date, zone), to: dayStart(nextDate(date), zone), size: '100' })}`);
  const key = JSON.stringify([lang(), date, page.totalItems, page.items.map((a) => [a.reference, a.status])]);
  if (!force && key === lastDay) return;
  lastDay = key;
  document.getElementById('day-heading').textContent = t().visitsOn(longDate(date));
  const list = document.getElementById('day');
  list.replaceChildren(...(page.items.length ? page.items.map(visitRow) : [el('li', {}, t().noVisits)]));
  if (page.totalItems > page.items.length) list.append(el('li', {}, t().more(page.items.length, page.totalItems)));
}

/** A failed read says so where the staff look, in the server's words. */
function shown(problem) {
  document.getElementById('queue-status').textContent = (problem && problem.detail) || String(problem);
}

async function start() {
  const me = await session();
  const showAccount = () => { document.getElementById('who').textContent = `${me.username} (${t().roles[me.role]})`; };
  document.getElementById('sign-out').addEventListener('click', signOut);
  zone = (await api('GET', '/api/v1/clinic')).timeZone;
  const practitioners = await api('GET', '/api/v1/practitioners');
  names = new Map(practitioners.map((p) => [p.slug, p.displayName]));
  const select = document.getElementById('practitioner');
  select.replaceChildren(el('option', { value: '' }, t().all), ...practitioners.map((p) => el('option', { value: p.slug }, p.displayName)));
  const date = document.getElementById('date');
  date.value = todayInClinic();
  const redraw = () => { rows.forEach((row) => row.remove()); rows.clear(); refreshQueue().catch(shown); refreshDay(true).catch(shown); };
  select.addEventListener('change', redraw);
  date.addEventListener('change', () => refreshDay(true).catch(shown));
  languageSwitch(async () => {
    services = new Map((await api('GET', `/api/v1/services?locale=${lang()}`)).map((service) => [service.slug, service.name]));
    select.options[0].textContent = t().all;
    showAccount();
    redraw();
  });
  setInterval(() => { refreshQueue().catch(shown); refreshDay(false).catch(shown); }, POLL_MS);
}

start();
