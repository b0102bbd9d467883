/*
 * The clinic's "Book online" widget, and the patient's manage page (data-mode="manage").
 * Plain JavaScript, no dependencies, nothing from other hosts; styles live in a Shadow DOM.
 * Embed: <script src="https://BOOKING-HOST/widget/booking.js" defer></script>
 * Options (data-* on the script): api (base URL, default the script's origin), locale (en, es;
 * default the page's lang, followed when it changes), service (slug to preselect), target (CSS
 * selector of the element to render into; default right after the script).
 * Days come from the slots API, so "today" is always the clinic's today, whatever the browser's is.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  const opts = script.dataset;
  const api = (opts.api || new URL(script.src).origin).replace(/\/+$/, '');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const TEXT = {
    en: {
      title: 'Book a visit', stepService: 'Which visit?', before: 'Have you been to our clinic before?',
      isNew: 'No, this is my first visit', isReturning: 'Yes, I have been before',
      forNew: 'For new patients', forReturning: 'For returning patients', forAnyone: 'For everyone',
      onlyNew: 'Only for new patients', onlyReturning: 'Only for patients who have been before',
      minutes: (n) => `${n} minutes`, pickBefore: 'Please say whether you have been here before.',
      pickService: 'Please choose a visit.', stepWho: 'With whom?', anyone: 'First available practitioner',
      stepWhen: 'When?', earlier: 'Earlier days', later: 'Later days', times: (n) => n === 1 ? '1 time' : `${n} times`,
      noTimesDay: 'No times', timesFor: (d) => `Times on ${d}`, pickDay: 'Days with free times',
      yourZone: (z, c) => `Times are shown in your time zone (${z}). The clinic is in ${c}.`,
      clinicTime: (t) => `${t} at the clinic`, call: (p) => `To find another time, call the clinic at ${p}.`,
      reasons: {
        CLOSED: 'The clinic does not see patients for this visit on this day.', HOLIDAY: 'The clinic is closed on this day.',
        TIME_OFF: 'Our practitioners are away on this day.', FULLY_BOOKED: 'This day is fully booked.',
        BEFORE_MINIMUM_NOTICE: 'This day is too soon to book online.', BEYOND_HORIZON: 'This day is too far ahead to book yet.',
        NOT_OFFERED: 'Nobody offers this visit on this day.', UNAVAILABLE: 'The practitioner is away on this day.',
        CALENDAR_NOT_UP_TO_DATE: 'Times for this day are being updated; please try later.'
      },
      stepDetails: 'Your details', patient: 'The patient', firstName: 'First name', lastName: 'Last name',
      email: 'Email', phone: 'Phone', dob: 'Date of birth (optional)', forSomeone: 'I am booking for someone else (for example my child)',
      contact: 'Your details (the contact person)', relationship: 'Relationship to the patient (optional)',
      reason: 'What brings you in? (optional)', consent: 'The clinic may contact me about this appointment.',
      submit: 'Request appointment', sending: 'Sending…', back: 'Back', next: 'Continue', change: 'Change',
      fix: 'Please correct the fields marked below.', required: 'Please fill this in.',
      badEmail: 'Please give a valid email address.', badPhone: 'Please give a phone number: digits, spaces, and + ( ) - . only.',
      badDob: 'The date of birth must be in the past.', needConsent: 'Please agree to be contacted about this appointment.',
      reachable: 'Please give the patient’s email and phone, or the details of a contact person.',
      tooLong: 'Please keep this shorter.',
      taken: 'Sorry, someone has just booked that time. Here are the next free times:',
      takenNone: 'Sorry, someone has just booked that time. Please choose another day.',
      busy: 'Too many requests right now. Please wait a moment and try again.',
      offline: 'We could not reach the booking service. Please check your connection and try again.',
      broken: 'Something went wrong on our side. Please try again.', retry: 'Try again',
      done: 'Thank you!', reference: 'Your reference', confirmed: 'Your appointment is confirmed.',
      requested: 'The clinic will confirm your request soon.', calendar: 'Add to my calendar',
      manage: 'Change or cancel this appointment', keepLink: 'Keep this link: it lets you change or cancel online.',
      manageTitle: 'Your appointment', loading: 'Loading…', badLink: 'This link is incomplete. Please use the link from your confirmation.',
      status: { REQUESTED: 'Waiting for the clinic to confirm', CONFIRMED: 'Confirmed', DECLINED: 'Declined by the clinic',
        CANCELLED: 'Cancelled', COMPLETED: 'Completed', NO_SHOW: 'Missed' },
      statusLabel: 'Status', visit: 'Visit', with: 'With', at: 'When', until: (t) => `You can change or cancel online until ${t}.`,
      tooLate: (p) => `It is too late to change this appointment online. Please call the clinic at ${p}.`,
      move: 'Move to another time', cancel: 'Cancel appointment', cancelWhy: 'Reason (optional)',
      cancelSure: 'Yes, cancel it', keep: 'Keep my appointment', cancelled: 'Your appointment is cancelled.',
      moveTo: (t) => `Move your appointment to ${t}?`, moveSure: 'Yes, move it', moved: 'Your appointment has been moved.'
    },
    es: {
      title: 'Reserve una visita', stepService: '¿Qué visita?', before: '¿Ha venido antes a nuestra clínica?',
      isNew: 'No, es mi primera visita', isReturning: 'Sí, ya he venido',
      forNew: 'Para pacientes nuevos', forReturning: 'Para pacientes que ya han venido', forAnyone: 'Para todos',
      onlyNew: 'Solo para pacientes nuevos', onlyReturning: 'Solo para pacientes que ya han venido',
      minutes: (n) => `${n} minutos`, pickBefore: 'Indique si ya ha venido antes.',
      pickService: 'Elija una visita.', stepWho: '¿Con quién?', anyone: 'El primer profesional disponible',
      stepWhen: '¿Cuándo?', earlier: 'Días anteriores', later: 'Días siguientes', times: (n) => n === 1 ? '1 hora' : `${n} horas`,
      noTimesDay: 'Sin horas', timesFor: (d) => `Horas del ${d}`, pickDay: 'Días con horas libres',
      yourZone: (z, c) => `Las horas se muestran en su zona horaria (${z}). La clínica está en ${c}.`,
      clinicTime: (t) => `${t} en la clínica`, call: (p) => `Para buscar otra hora, llame a la clínica al ${p}.`,
      reasons: {
        CLOSED: 'La clínica no atiende esta visita este día.', HOLIDAY: 'La clínica está cerrada este día.',
        TIME_OFF: 'Nuestros profesionales no están este día.', FULLY_BOOKED: 'Este día está completo.',
        BEFORE_MINIMUM_NOTICE: 'Es demasiado pronto para reservar este día en línea.', BEYOND_HORIZON: 'Aún no se puede reservar este día.',
        NOT_OFFERED: 'Nadie ofrece esta visita este día.', UNAVAILABLE: 'El profesional no está este día.',
        CALENDAR_NOT_UP_TO_DATE: 'Las horas de este día se están actualizando; vuelva a intentarlo más tarde.'
      },
      stepDetails: 'Sus datos', patient: 'El paciente', firstName: 'Nombre', lastName: 'Apellidos',
      email: 'Correo electrónico', phone: 'Teléfono', dob: 'Fecha de nacimiento (opcional)', forSomeone: 'Reservo para otra persona (por ejemplo, mi hijo)',
      contact: 'Sus datos (persona de contacto)', relationship: 'Relación con el paciente (opcional)',
      reason: '¿Cuál es el motivo de la visita? (opcional)', consent: 'La clínica puede contactarme sobre esta cita.',
      submit: 'Solicitar cita', sending: 'Enviando…', back: 'Atrás', next: 'Continuar', change: 'Cambiar',
      fix: 'Corrija los campos marcados abajo.', required: 'Rellene este campo.',
      badEmail: 'Indique un correo electrónico válido.', badPhone: 'Indique un teléfono: cifras, espacios y + ( ) - . solamente.',
      badDob: 'La fecha de nacimiento debe ser pasada.', needConsent: 'Acepte que la clínica le contacte sobre esta cita.',
      reachable: 'Indique el correo y el teléfono del paciente, o los datos de una persona de contacto.',
      tooLong: 'Acorte este texto.',
      taken: 'Lo sentimos, alguien acaba de reservar esa hora. Estas son las siguientes horas libres:',
      takenNone: 'Lo sentimos, alguien acaba de reservar esa hora. Elija otro día.',
      busy: 'Demasiadas solicitudes ahora mismo. Espere un momento y vuelva a intentarlo.',
      offline: 'No pudimos conectar con el servicio de reservas. Compruebe su conexión y vuelva a intentarlo.',
      broken: 'Algo ha fallado por nuestra parte. Vuelva a intentarlo.', retry: 'Reintentar',
      done: '¡Gracias!', reference: 'Su referencia', confirmed: 'Su cita está confirmada.',
      requested: 'La clínica confirmará su solicitud en breve.', calendar: 'Añadir a mi calendario',
      manage: 'Cambiar o cancelar esta cita', keepLink: 'Guarde este enlace: le permite cambiar o cancelar en línea.',
      manageTitle: 'Su cita', loading: 'Cargando…', badLink: 'Este enlace está incompleto. Use el enlace de su confirmación.',
      status: { REQUESTED: 'Pendiente de confirmar por la clínica', CONFIRMED: 'Confirmada', DECLINED: 'Rechazada por la clínica',
        CANCELLED: 'Cancelada', COMPLETED: 'Realizada', NO_SHOW: 'No acudió' },
      statusLabel: 'Estado', visit: 'Visita', with: 'Con', at: 'Cuándo', until: (t) => `Puede cambiarla o cancelarla en línea hasta el ${t}.`,
      tooLate: (p) => `Ya no se puede cambiar esta cita en línea. Llame a la clínica al ${p}.`,
      move: 'Cambiar a otra hora', cancel: 'Cancelar la cita', cancelWhy: 'Motivo (opcional)',
      cancelSure: 'Sí, cancelarla', keep: 'Mantener mi cita', cancelled: 'Su cita está cancelada.',
      moveTo: (t) => `¿Cambiar su cita al ${t}?`, moveSure: 'Sí, cambiarla', moved: 'Su cita se ha cambiado.'
    }
  };

  const CSS = `
:host{all:initial;display:block;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933}
*{box-sizing:border-box}
.w{max-width:44rem;border:1px solid #c7d0d9;border-radius:12px;padding:1rem;background:#fff}
h2,h3{margin:0 0 .75rem;line-height:1.25;color:#123b33}h2{font-size:1.35rem}h3{font-size:1.1rem}
h2:focus,h3:focus{outline:none}
fieldset{border:0;padding:0;margin:0 0 1rem;min-width:0}legend{font-weight:600;margin-bottom:.4rem;padding:0}
.opt{display:flex;gap:.6rem;align-items:flex-start;padding:.6rem .7rem;border:1px solid #c7d0d9;border-radius:8px;margin-bottom:.4rem;cursor:pointer}
.opt input{margin-top:.3rem;width:1.1rem;height:1.1rem;flex:none}.opt small,.note{display:block;color:#4a5561}
.opt.off{background:#f3f5f7;cursor:not-allowed}
button,.btn{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:8px;border:1px solid #0f5c4d;background:#fff;color:#0f5c4d;cursor:pointer;text-decoration:none;display:inline-block}
button.go,.btn.go{background:#0f5c4d;color:#fff}button:disabled{opacity:.6;cursor:progress}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.bar{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;align-items:center}
ul{list-style:none;padding:0;margin:0}
.days{display:grid;grid-template-columns:repeat(auto-fill,minmax(6.2rem,1fr));gap:.4rem}
.days button{width:100%;padding:.4rem;line-height:1.3}.days small{display:block;font-size:.8rem}
.days button.none{border-color:#8a96a3;color:#4a5561}
.days button[aria-pressed=true],.times button[aria-pressed=true]{background:#0f5c4d;color:#fff;border-color:#0f5c4d}
.times{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}.times small{display:block;font-size:.8rem}
label.f{display:block;margin:.6rem 0 .2rem;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=date],textarea{font:inherit;width:100%;padding:.5rem;border:1px solid #6b7785;border-radius:6px;color:inherit;background:#fff}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 .8rem}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.err{color:#b3261e;font-size:.9rem;margin:.2rem 0 0}
.alert{border-left:4px solid #b3261e;background:#fdf2f1;padding:.6rem .8rem;margin:.5rem 0}
.ok{border-left:4px solid #0f5c4d;background:#eef7f4;padding:.6rem .8rem;margin:.5rem 0}
.sum{background:#f3f5f7;border-radius:8px;padding:.6rem .8rem;margin-bottom:.8rem}
.ref{font-size:1.4rem;font-weight:700;letter-spacing:.08em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0 0 .8rem}dt{font-weight:600}dd{margin:0}
form.inline{display:inline}`;

  const PHONE = /^\+?[0-9][0-9 ().-]{4,38}$/;
  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  /** Builds an element; text goes in as text only, never as HTML. */
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    el.append(...kids.flat().filter((kid) => kid != null && kid !== false));
    return el;
  }

  class Problem extends Error {
    constructor(status, body) { super(body && body.detail || 'HTTP ' + status); this.status = status; this.body = body || {}; }
  }

  async function call(path, init = {}) {
    let res;
    try {
      res = await fetch(api + path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
    } catch (e) {
      throw new Problem(0, null);
    }
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new Problem(res.status, body);
    return body;
  }

  const post = (path, body, headers) => call(path, {
    method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers }
  });

  /** An Idempotency-Key; randomUUID needs a secure context, getRandomValues does not. */
  const newKey = () => crypto.randomUUID ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

  /** The date after `date` (YYYY-MM-DD) by `days`. */
  function addDays(date, days) {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  class Widget {
    constructor(host, mode) {
      this.mode = mode;
      this.root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
      this.box = h('div', { class: 'w' });
      this.root.append(this.box);
      this.cache = new Map();
      this.s = { service: opts.service || null, newPatient: null, practitioner: '', form: {} };
      this.locale = this.pickLocale();
      new MutationObserver(() => this.relocale()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      this.start();
    }

    pickLocale() {
      const tag = (opts.locale || document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
      return TEXT[tag] ? tag : 'en';
    }

    get t() { return TEXT[this.locale]; }

    relocale() {
      const locale = this.pickLocale();
      if (locale === this.locale) return;
      this.locale = locale;
      this.cache.clear();
      if (this.redraw) this.redraw();
    }

    /** GET through a per-locale cache: going back and forth between steps does not refetch. */
    get(path) {
      const url = path + (path.includes('?') ? '&' : '?') + 'locale=' + this.locale;
      if (!this.cache.has(url)) this.cache.set(url, call(url).catch((e) => { this.cache.delete(url); throw e; }));
      return this.cache.get(url);
    }

    start() {
      if (this.mode === 'manage') this.manageStart(); else this.step(() => this.serviceStep());
    }

    /** Shows a step: `draw` renders it (may be async); on failure the step shows a retry, never a blank. */
    async step(draw) {
      this.redraw = () => this.step(draw);
      const token = this.token = {};
      this.box.replaceChildren(h('p', { role: 'status' }, this.t.loading));
      let parts;
      try {
        parts = await draw();
      } catch (e) {
        parts = [h('h2', { tabindex: '-1' }, this.t.title), this.failure(e, () => this.step(draw))];
      }
      if (token !== this.token) return;
      this.box.replaceChildren(...parts.flat().filter((part) => part != null && part !== false));
      const heading = this.box.querySelector('h2');
      if (this.moved && heading) heading.focus();
      this.moved = true;
    }

    /** The message for a failed request, with a retry button. */
    failure(e, retry) {
      const t = this.t;
      const text = e.status === 429 ? t.busy : e.status === 0 ? t.offline : e.status >= 500 ? t.broken : ((e.body || {}).detail || t.broken);
      return h('div', { class: 'alert', role: 'alert', tabindex: '-1' }, h('p', null, text),
        retry && h('button', { type: 'button', onclick: retry }, t.retry));
    }

    radio(name, value, checked, label, note, disabled, onchange) {
      return h('label', { class: 'opt' + (disabled ? ' off' : '') },
        h('input', { type: 'radio', name, value, checked, disabled, onchange }),
        h('span', null, label, note && h('small', null, note)));
    }

    nav(back, nextLabel, next) {
      return h('div', { class: 'bar' },
        back && h('button', { type: 'button', onclick: back }, this.t.back),
        next && h('button', { type: 'button', class: 'go', onclick: next }, nextLabel));
    }

    // ---- Booking: service, practitioner, day and time, details, confirmation ----

    async serviceStep() {
      const t = this.t, s = this.s;
      const services = await this.get('/api/v1/services');
      const audienceNote = { NEW_PATIENTS: t.forNew, RETURNING_PATIENTS: t.forReturning, ANYONE: t.forAnyone };
      const admits = (svc) => s.newPatient == null || svc.audience === 'ANYONE' || (svc.audience === 'NEW_PATIENTS') === s.newPatient;
      const error = h('div', { role: 'alert' });
      const list = h('fieldset', null, h('legend', null, t.stepService));
      const fill = () => {
        if (s.service && !services.some((svc) => svc.slug === s.service && admits(svc))) s.service = null;
        list.replaceChildren(list.firstChild, ...services.map((svc) => this.radio('service', svc.slug, svc.slug === s.service, svc.name,
          `${t.minutes(svc.durationMinutes)} · ${admits(svc) ? audienceNote[svc.audience]
            : svc.audience === 'NEW_PATIENTS' ? t.onlyNew : t.onlyReturning}`,
          !admits(svc), () => { s.service = svc.slug; })));
      };
      fill();
      const before = h('fieldset', null, h('legend', null, t.before),
        [[true, t.isNew], [false, t.isReturning]].map(([value, label]) =>
          this.radio('newPatient', String(value), s.newPatient === value, label, null, false, () => { s.newPatient = value; fill(); })));
      return [h('h2', { tabindex: '-1' }, t.title), before, list, error, this.nav(null, t.next, () => {
        const missing = s.newPatient == null ? t.pickBefore : !s.service ? t.pickService : null;
        if (missing) {
          error.replaceChildren(h('p', { class: 'alert' }, missing));
          this.root.querySelector(`input[name=${s.newPatient == null ? 'newPatient' : 'service'}]:not(:disabled)`).focus();
        } else {
          s.serviceName = services.find((svc) => svc.slug === s.service).name;
          this.step(() => this.whoStep());
        }
      })];
    }

    async whoStep() {
      const t = this.t, s = this.s;
      const people = await this.get('/api/v1/practitioners?service=' + encodeURIComponent(s.service));
      const choose = (slug) => () => { s.practitioner = slug; };
      return [h('h2', { tabindex: '-1' }, t.stepWho), h('fieldset', null, h('legend', { class: 'note' }, s.serviceName),
        this.radio('practitioner', '', !s.practitioner, t.anyone, null, false, choose('')),
        people.map((p) => this.radio('practitioner', p.slug, s.practitioner === p.slug, p.displayName, p.credentials, false, choose(p.slug)))),
      this.nav(() => this.step(() => this.serviceStep()), t.next, () => {
        s.practitionerName = (people.find((p) => p.slug === s.practitioner) || {}).displayName;
        s.from = null;
        this.step(() => this.bookWhen());
      })];
    }

    bookWhen() {
      return this.whenStep(() => this.step(() => this.whoStep()), (slot) => {
        this.s.slot = slot;
        this.step(() => this.detailsStep());
      });
    }

    /** A week of the patient's dates, each time once; when the zones differ, with the clinic's day before. */
    async whenStep(back, pick, service = this.s.service, practitioner = this.s.practitioner) {
      const t = this.t, s = this.s;
      const query = (from, to) => '/api/v1/slots?service=' + encodeURIComponent(service) + '&tz=' + encodeURIComponent(zone)
        + (practitioner ? '&practitioner=' + encodeURIComponent(practitioner) : '') + (from ? `&from=${from}&to=${to}` : '');
      const before = s.apart && s.from && addDays(s.from, -1);
      let week = await call(query(before || s.from, s.from && addDays(s.from, 6)));
      const from = s.from || week.from;
      s.today = s.today || from;
      const apart = s.apart = week.timeZone !== week.clinicTimeZone;
      if (apart && !before) week = await call(query(addDays(from, -1), addDays(from, 6)));
      const patientDate = (at) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);
      const clinicMidnight = (date) => {
        const noon = new Date(date + 'T12:00:00Z');
        const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: week.clinicTimeZone, hourCycle: 'h23',
          year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(noon).map((x) => [x.type, x.value]));
        const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - noon.getTime();
        return new Date(Date.parse(date + 'T00:00:00Z') - offset);
      };
      const firstDate = apart ? patientDate(clinicMidnight(from)) : from;
      const dates = Array.from({ length: 7 }, (_, i) => addDays(firstDate, i));
      const byDate = new Map(dates.map((date) => [date, []]));
      const seen = new Set();
      for (const day of week.days) {
        for (const slot of day.slots) {
          const at = new Date(slot.start);
          // "Anyone": once; the clinic assigns one.
          if (seen.has(at.getTime())) continue;
          seen.add(at.getTime());
          const list = byDate.get(patientDate(at));
          if (list) list.push(slot);
        }
      }
      const clinicDay = new Map(week.days.map((day) => [day.date, day]));
      const days = dates.map((date) => ({
        date, slots: byDate.get(date).sort((a, b) => new Date(a.start) - new Date(b.start)),
        reason: (clinicDay.get(date) || {}).reason
      }));
      const phone = week.clinicPhone;
      const dayName = (date, style) => new Intl.DateTimeFormat(this.locale, { timeZone: 'UTC', ...style })
        .format(new Date(date + 'T00:00:00Z'));
      const times = h('div', { 'aria-live': 'polite' });
      const dayButtons = days.map((day) => h('button', {
        type: 'button', class: day.slots.length ? '' : 'none', 'aria-pressed': 'false',
        onclick: (e) => show(day, e.currentTarget)
      }, dayName(day.date, { weekday: 'short', month: 'short', day: 'numeric' }),
      h('small', null, day.slots.length ? t.times(day.slots.length) : t.noTimesDay)));
      const show = (day, button) => {
        dayButtons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        const heading = h('h3', { tabindex: '-1' }, t.timesFor(dayName(day.date, { weekday: 'long', month: 'long', day: 'numeric' })));
        times.replaceChildren(heading, day.slots.length
          ? h('ul', { class: 'times' }, day.slots.map((slot) => h('li', null, this.timeButton(slot, day.date, week.clinicTimeZone, () => pick(slot)))))
          : h('div', { class: 'ok' }, h('p', null, t.reasons[day.reason] || t.noTimesDay), h('p', null, t.call(phone))));
        return heading;
      };
      const move = (step) => () => {
        s.from = addDays(from, step);
        this.step(() => this.whenStep(back, pick, service, practitioner));
      };
      const first = days.findIndex((day) => day.slots.length);
      show(days[Math.max(first, 0)], dayButtons[Math.max(first, 0)]);
      return [h('h2', { tabindex: '-1' }, t.stepWhen),
        apart && h('p', { class: 'note' }, t.yourZone(week.timeZone, week.clinicTimeZone)),
        h('div', { class: 'bar' },
          h('button', { type: 'button', onclick: move(-7), disabled: from <= s.today }, t.earlier),
          h('button', { type: 'button', onclick: move(7) }, t.later)),
        h('h3', null, t.pickDay), h('ul', { class: 'days' }, dayButtons.map((b) => h('li', null, b))),
        times, this.nav(back)];
    }

    /** A time in the patient's zone; the clinic's beside it when the zones differ (with its weekday if another date). */
    timeButton(slot, patientDate, clinicZone, onclick) {
      const at = new Date(slot.start);
      const label = new Intl.DateTimeFormat(this.locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(at);
      const clinicDate = new Intl.DateTimeFormat('en-CA', { timeZone: clinicZone }).format(at);
      const clinic = clinicZone !== zone && this.t.clinicTime(new Intl.DateTimeFormat(this.locale, {
        timeZone: clinicZone, hour: 'numeric', minute: '2-digit', weekday: clinicDate === patientDate ? undefined : 'short'
      }).format(at));
      return h('button', { type: 'button', 'data-start': slot.start, onclick }, label, clinic && h('small', null, clinic));
    }

    /** "Tuesday 3 November, 9:00 AM" in the patient's zone. */
    when(iso) {
      return new Intl.DateTimeFormat(this.locale, { timeZone: zone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
    }

    field(name, label, type = 'text', extra = {}) {
      const id = 'f-' + name.replace('.', '-');
      const input = type === 'textarea'
        ? h('textarea', { id, name, rows: '3', 'aria-describedby': id + '-e', ...extra })
        : h('input', { id, name, type, 'aria-describedby': id + '-e', ...extra });
      input.value = this.s.form[name] || '';
      input.addEventListener('input', () => { this.s.form[name] = input.value; });
      return h('div', null, h('label', { class: 'f', for: id }, label), input, h('p', { class: 'err', id: id + '-e' }));
    }

    detailsStep() {
      const t = this.t, s = this.s, f = s.form;
      const contact = h('fieldset', { hidden: !f.forSomeone }, h('legend', null, t.contact), h('div', { class: 'row' },
        this.field('contact.firstName', t.firstName, 'text', { autocomplete: 'given-name' }),
        this.field('contact.lastName', t.lastName, 'text', { autocomplete: 'family-name' }),
        this.field('contact.email', t.email, 'email', { autocomplete: 'email' }),
        this.field('contact.phone', t.phone, 'tel', { autocomplete: 'tel' })),
      this.field('contact.relationship', t.relationship));
      const someone = h('input', { type: 'checkbox', name: 'forSomeone', checked: f.forSomeone, onchange: (e) => {
        f.forSomeone = e.target.checked;
        contact.hidden = !f.forSomeone;
      } });
      const consent = h('input', { type: 'checkbox', id: 'f-consent', name: 'consentToContact', checked: f.consentToContact,
        'aria-describedby': 'f-consent-e', onchange: (e) => { f.consentToContact = e.target.checked; } });
      const alert = h('div', { role: 'alert', tabindex: '-1' });
      const submit = h('button', { type: 'submit', class: 'go' }, t.submit);
      const form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); this.submit(form, submit, alert); } },
        h('fieldset', null, h('legend', null, t.patient), h('div', { class: 'row' },
          this.field('patient.firstName', t.firstName, 'text', { autocomplete: f.forSomeone ? 'off' : 'given-name' }),
          this.field('patient.lastName', t.lastName, 'text', { autocomplete: f.forSomeone ? 'off' : 'family-name' }),
          this.field('patient.email', t.email, 'email', { autocomplete: 'email' }),
          this.field('patient.phone', t.phone, 'tel', { autocomplete: 'tel' }),
          this.field('patient.dateOfBirth', t.dob, 'date'))),
        h('label', { class: 'opt' }, someone, h('span', null, t.forSomeone)), contact,
        this.field('reason', t.reason, 'textarea', { maxlength: '1000' }),
        h('label', { class: 'opt' }, consent, h('span', null, t.consent)), h('p', { class: 'err', id: 'f-consent-e' }),
        alert, h('div', { class: 'bar' }, h('button', { type: 'button', onclick: () => this.step(() => this.bookWhen()) }, t.back), submit));
      return [h('h2', { tabindex: '-1' }, t.stepDetails), this.summary(), form];
    }

    summary() {
      const s = this.s;
      return h('div', { class: 'sum' }, h('strong', null, s.serviceName), h('br'), this.when(s.slot.start),
        s.practitionerName && h('span', null, ' · ', s.practitionerName));
    }

    /** Mirrors the server's rules, in the patient's language; the server's messages win when it disagrees. */
    check(f) {
      const t = this.t, errors = {};
      const need = (name) => { if (!(f[name] || '').trim()) errors[name] = t.required; };
      const pattern = (name, re, message) => { if ((f[name] || '').trim() && !re.test(f[name].trim())) errors[name] = message; };
      ['patient.firstName', 'patient.lastName'].forEach(need);
      if (f.forSomeone) ['contact.firstName', 'contact.lastName', 'contact.email', 'contact.phone'].forEach(need);
      else if (!(f['patient.email'] || '').trim() || !(f['patient.phone'] || '').trim()) {
        ['patient.email', 'patient.phone'].forEach((name) => { if (!(f[name] || '').trim()) errors[name] = t.reachable; });
      }
      ['patient', 'contact'].forEach((who) => {
        pattern(who + '.email', EMAIL, t.badEmail);
        pattern(who + '.phone', PHONE, t.badPhone);
      });
      if (f['patient.dateOfBirth'] && f['patient.dateOfBirth'] >= new Date().toISOString().slice(0, 10)) errors['patient.dateOfBirth'] = t.badDob;
      if ((f.reason || '').length > 1000) errors.reason = t.tooLong;
      if (!f.consentToContact) errors.consentToContact = t.needConsent;
      return errors;
    }

    body() {
      const s = this.s, f = s.form, v = (name) => (f[name] || '').trim() || undefined;
      const person = (who) => ({ firstName: v(who + '.firstName'), lastName: v(who + '.lastName'), email: v(who + '.email'), phone: v(who + '.phone') });
      return {
        service: s.service, practitioner: s.practitioner || undefined, start: s.slot.start, newPatient: s.newPatient,
        patient: { ...person('patient'), dateOfBirth: v('patient.dateOfBirth') },
        contact: f.forSomeone ? { ...person('contact'), relationship: v('contact.relationship') } : undefined,
        reason: v('reason'), locale: this.locale, consentToContact: !!f.consentToContact, patientTimeZone: zone || undefined
      };
    }

    showErrors(form, errors, alert, text) {
      form.querySelectorAll('.err').forEach((p) => { p.textContent = ''; });
      form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
      let first = null;
      const loose = [];
      for (const [name, message] of Object.entries(errors)) {
        const input = form.querySelector(`[name="${name}"]`);
        if (!input || input.closest('[hidden]')) { loose.push(message); continue; }
        input.setAttribute('aria-invalid', 'true');
        this.root.getElementById(input.getAttribute('aria-describedby')).textContent = message;
        first = first || input;
      }
      alert.replaceChildren(h('div', { class: 'alert' }, h('p', null, text), loose.map((m) => h('p', null, m))));
      (first || alert).focus();
    }

    /** One Idempotency-Key per distinct request body: a double click or a retry cannot book twice. */
    async submit(form, button, alert) {
      if (this.busy) return;
      const t = this.t, s = this.s;
      const errors = this.check(s.form);
      if (Object.keys(errors).length) { this.showErrors(form, errors, alert, t.fix); return; }
      const body = JSON.stringify(this.body());
      if (s.keyBody !== body) { s.key = newKey(); s.keyBody = body; }
      this.busy = true;
      button.disabled = true;
      button.textContent = t.sending;
      try {
        const created = await post('/api/v1/appointments', JSON.parse(body), { 'Idempotency-Key': s.key });
        this.step(() => this.doneStep(created));
      } catch (e) {
        this.refused(e, form, alert, () => this.submit(form, button, alert));
      } finally {
        this.busy = false;
        button.disabled = false;
        button.textContent = t.submit;
      }
    }

    refused(e, form, alert, retry) {
      const t = this.t, s = this.s;
      if (e.status === 409 && e.body.nextSlots) {
        this.taken(alert, e.body.nextSlots, (slot) => {
          s.slot = slot;
          if (!s.practitioner) s.practitionerName = null;
          this.step(() => this.detailsStep());
        });
      } else if (e.body.violations) {
        this.showErrors(form, Object.fromEntries(e.body.violations.map((v) => [v.field, v.message])), alert, e.body.detail || t.fix);
      } else {
        this.failed(alert, e, retry);
      }
    }

    /** The kind message of a 409: the time went meanwhile, and the free times the server offers instead. */
    taken(alert, slots, pick) {
      alert.replaceChildren(h('div', { class: 'alert', tabindex: '-1' }, h('p', null, slots.length ? this.t.taken : this.t.takenNone),
        h('ul', { class: 'times' }, slots.map((slot) => h('li', null,
          h('button', { type: 'button', 'data-start': slot.start, onclick: () => pick(slot) }, this.when(slot.start)))))));
      alert.firstChild.focus();
    }

    /** A refused write: a retry only where trying again can help. */
    failed(alert, e, retry) {
      alert.replaceChildren(this.failure(e, e.status === 0 || e.status === 429 || e.status >= 500 ? retry : null));
      alert.firstChild.focus();
    }

    doneStep(created) {
      const t = this.t;
      const link = `${api}/manage#reference=${encodeURIComponent(created.reference)}&token=${encodeURIComponent(created.manageToken)}`;
      return [h('h2', { tabindex: '-1' }, t.done),
        h('div', { class: 'ok' }, h('p', null, created.status === 'REQUESTED' ? t.requested : t.confirmed)),
        h('p', null, t.reference, ': ', h('span', { class: 'ref', 'data-reference': created.reference }, created.reference)),
        this.summary(), this.calendarForm(created.reference, created.manageToken),
        h('p', null, h('a', { class: 'btn', href: link, rel: 'noreferrer', 'data-manage': '' }, t.manage)),
        h('p', { class: 'note' }, t.keepLink)];
    }

    /** A plain form POST: the token travels in the body, never in a URL. */
    calendarForm(reference, token) {
      return h('form', { class: 'inline', method: 'post', action: `${api}/api/v1/appointments/${encodeURIComponent(reference)}/calendar.ics` },
        h('input', { type: 'hidden', name: 'token', value: token }),
        h('button', { type: 'submit' }, this.t.calendar));
    }

    // ---- Manage: the appointment from the link's fragment, cancel, reschedule ----

    manageStart() {
      const params = new URLSearchParams(location.hash.slice(1));
      this.ref = params.get('reference');
      this.secret = params.get('token');
      this.step(() => this.ref && this.secret ? this.viewStep()
        : [h('h2', { tabindex: '-1' }, this.t.manageTitle), h('p', { class: 'alert' }, this.t.badLink)]);
    }

    manage(action, body) {
      const path = '/api/v1/appointments/' + encodeURIComponent(this.ref) + (action ? '/' + action : '');
      const headers = { 'X-Manage-Token': this.secret, 'Accept-Language': this.locale };
      return body ? post(path, body, headers) : call(path, { headers });
    }

    async viewStep(notice) {
      const t = this.t;
      const a = this.appt = await this.manage();
      const active = a.status === 'REQUESTED' || a.status === 'CONFIRMED';
      const open = active && new Date(a.changeableOnlineUntil) > new Date();
      return [h('h2', { tabindex: '-1' }, t.manageTitle), notice && h('div', { class: 'ok', role: 'status' }, h('p', null, notice)),
        h('dl', null, h('dt', null, t.reference), h('dd', { class: 'ref' }, a.reference), h('dt', null, t.statusLabel),
          h('dd', { 'data-status': a.status }, t.status[a.status] || a.status), h('dt', null, t.at), h('dd', null, this.when(a.start)),
          h('dt', null, t.with), h('dd', null, a.practitionerName), h('dt', null, t.visit), h('dd', null, a.serviceName)),
        active && (open ? h('p', null, t.until(this.when(a.changeableOnlineUntil))) : h('p', { class: 'alert' }, t.tooLate(a.clinicPhone))),
        active && h('div', { class: 'bar' }, this.calendarForm(a.reference, this.secret),
          open && h('button', { type: 'button', onclick: () => this.moveStep() }, t.move),
          open && h('button', { type: 'button', onclick: () => this.step(() => this.cancelStep()) }, t.cancel))];
    }

    cancelStep() {
      const t = this.t;
      const why = h('textarea', { id: 'f-why', rows: '2', maxlength: '500' });
      const alert = h('div', { role: 'alert', tabindex: '-1' });
      return [h('h2', { tabindex: '-1' }, t.cancel), h('label', { class: 'f', for: 'f-why' }, t.cancelWhy), why, alert,
        h('div', { class: 'bar' }, h('button', { type: 'button', onclick: () => this.step(() => this.viewStep()) }, t.keep),
          h('button', { type: 'button', class: 'go', onclick: (e) => this.change(e.currentTarget, alert, 'cancel',
            { reason: why.value.trim() || undefined }, t.cancelled) }, t.cancelSure))];
    }

    moveStep() {
      this.s.from = null;
      this.s.today = null;
      this.step(() => this.whenStep(() => this.step(() => this.viewStep()), (slot) => this.step(() => this.confirmMove(slot)),
        this.appt.service, this.appt.practitioner));
    }

    confirmMove(slot) {
      const t = this.t;
      const alert = h('div', { role: 'alert', tabindex: '-1' });
      return [h('h2', { tabindex: '-1' }, t.moveTo(this.when(slot.start))), alert,
        h('div', { class: 'bar' }, h('button', { type: 'button', onclick: () => this.moveStep() }, t.back),
          h('button', { type: 'button', class: 'go', onclick: (e) => this.change(e.currentTarget, alert, 'reschedule',
            { start: slot.start }, t.moved) }, t.moveSure))];
    }

    async change(button, alert, action, body, done) {
      if (this.busy) return;
      this.busy = button.disabled = true;
      try {
        await this.manage(action, body);
        this.step(() => this.viewStep(done));
      } catch (e) {
        if (e.status === 409 && e.body.nextSlots) this.taken(alert, e.body.nextSlots, (slot) => this.step(() => this.confirmMove(slot)));
        else this.failed(alert, e, () => this.change(button, alert, action, body, done));
      } finally {
        this.busy = button.disabled = false;
      }
    }
  }

  const host = opts.target ? document.querySelector(opts.target) : script.parentNode.insertBefore(document.createElement('div'), script.nextSibling);
  host.classList.add('clinic-booking');
  new Widget(host, opts.mode === 'manage' ? 'manage' : 'book');
})();
