// The waitlist offer page, /waitlist#offer=<token>: the token stays in the fragment (never sent in a request
// line) and goes to the API in the X-Offer-Token header only.
document.addEventListener('DOMContentLoaded', () => {
  const token = new URLSearchParams(location.hash.slice(1)).get('offer');
  history.replaceState(null, '', location.pathname);
  const es = () => document.documentElement.lang === 'es';
  const time = document.querySelector('[data-offer-time]');
  const status = document.querySelector('[data-offer-status]');
  const buttons = document.querySelectorAll('[data-offer-answer]');
  const say = (en, sp) => { status.textContent = es() ? sp : en; };
  const when = (iso) => new Date(iso).toLocaleString(es() ? 'es' : 'en', { dateStyle: 'full', timeStyle: 'short' });
  const call = (path, method) => fetch('/api/v1/waitlist/offer' + path, { method, headers: { 'X-Offer-Token': token || '' } })
    .then((r) => (r.status === 204 ? {} : r.json()).then((body) => ({ ok: r.ok, body })));
  const show = (offer) => {
    time.textContent = when(offer.start) + ' · ' + offer.practitionerName;
    const open = offer.status === 'OPEN' && new Date(offer.holdUntil) > new Date();
    buttons.forEach((b) => { b.hidden = !open; });
    if (open) say('Held for you until ' + when(offer.holdUntil) + '.', 'Reservada para usted hasta ' + when(offer.holdUntil) + '.');
    else say('This offer is no longer open (' + offer.status.toLowerCase() + ').', 'Esta oferta ya no está abierta (' + offer.status.toLowerCase() + ').');
  };
  call('', 'GET').then(({ ok, body }) => (ok ? show(body) : say(body.detail || 'Unknown offer.', body.detail || 'Oferta desconocida.')));
  buttons.forEach((b) => b.addEventListener('click', () => {
    buttons.forEach((x) => { x.disabled = true; });
    call('/' + b.dataset.offerAnswer, 'POST').then(({ ok, body }) => {
      buttons.forEach((x) => { x.hidden = true; });
      if (!ok) say(body.detail, body.detail);
      else if (b.dataset.offerAnswer === 'accept') say('Booked. Your reference is ' + body.reference + '; your manage code is ' + body.manageToken + ' (keep it).',
        'Reservada. Su referencia es ' + body.reference + '; su código de gestión es ' + body.manageToken + ' (guárdelo).');
      else say('Declined: the time goes to the next patient, and you stay on the waitlist.', 'Rechazada: la hora pasa al siguiente paciente y usted sigue en la lista.');
    });
  }));
});
