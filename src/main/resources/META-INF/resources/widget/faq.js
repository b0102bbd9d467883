/*
 * The clinic's FAQ section: categories, a search box and an accordion, in a Shadow DOM; it also puts
 * the FAQ's schema.org FAQPage JSON-LD into the host page's <head>, once (replaced, never added again).
 * Embed: <script src="https://BOOKING-HOST/widget/faq.js" defer></script>
 * Options (data-* on the script): api, locale (default the page's lang, followed when it changes),
 * category (slug to show first), target (CSS selector of the element to render into).
 */
(() => {
  'use strict';
  const script = document.currentScript;
  const opts = script.dataset;
  const api = (opts.api || new URL(script.src).origin).replace(/\/+$/, '');
  const JSON_LD_ID = 'clinic-faq-jsonld';

  const TEXT = {
    en: { title: 'Questions patients ask', search: 'Search the questions', all: 'All topics', topics: 'Topics',
      none: 'No question matches your search. You are welcome to call us and ask.', found: (n) => n === 1 ? '1 question' : `${n} questions`,
      failed: 'The questions could not be loaded.', retry: 'Try again' },
    es: { title: 'Preguntas frecuentes', search: 'Buscar en las preguntas', all: 'Todos los temas', topics: 'Temas',
      none: 'Ninguna pregunta coincide con su búsqueda. Puede llamarnos y preguntar.', found: (n) => n === 1 ? '1 pregunta' : `${n} preguntas`,
      failed: 'No se pudieron cargar las preguntas.', retry: 'Reintentar' }
  };

  const CSS = `
:host{all:initial;display:block;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933}
*{box-sizing:border-box}h2{font-size:1.35rem;margin:0 0 .75rem;color:#123b33}
label{display:block;font-weight:600;margin-bottom:.2rem}
input{font:inherit;width:100%;padding:.5rem;border:1px solid #6b7785;border-radius:6px}
.cats{display:flex;flex-wrap:wrap;gap:.4rem;margin:.8rem 0;padding:0;list-style:none}
button{font:inherit;min-height:44px;padding:.4rem .9rem;border-radius:8px;border:1px solid #0f5c4d;background:#fff;color:#0f5c4d;cursor:pointer}
.cats button[aria-pressed=true]{background:#0f5c4d;color:#fff}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
h3{margin:0;font-size:1rem}h3 button{width:100%;text-align:left;border-radius:0;border:0;background:transparent;border-top:1px solid #c7d0d9;padding:.7rem .4rem;color:#123b33;font-weight:600;display:flex;justify-content:space-between;gap:.5rem}
h3 button .g::after{content:"+";font-size:1.2rem}h3 button[aria-expanded=true] .g::after{content:"−"}
.a{padding:0 .4rem .6rem}.a p{margin:.4rem 0}.note{color:#4a5561}
.alert{border-left:4px solid #b3261e;background:#fdf2f1;padding:.6rem .8rem}`;

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

  async function get(path) {
    const res = await fetch(api + path, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error('HTTP ' + res.status);
    return res.json();
  }

  class Faq {
    constructor(host) {
      this.root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
      this.category = opts.category || '';
      this.query = '';
      this.seq = 0;
      new MutationObserver(() => this.load()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      this.load();
    }

    get t() { return TEXT[this.locale]; }

    /** Categories, the FAQPage JSON-LD and the entries, in the page's current language. */
    async load() {
      const tag = (opts.locale || document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
      this.locale = TEXT[tag] ? tag : 'en';
      const seq = ++this.seq;
      try {
        const [categories, jsonLd] = await Promise.all([get('/api/v1/faq-categories?locale=' + this.locale),
          fetch(api + '/api/v1/faqs/jsonld?locale=' + this.locale).then((res) => res.ok ? res.text() : null)]);
        if (seq !== this.seq) return;
        this.categories = categories;
        if (jsonLd) this.structuredData(jsonLd);
        this.frame();
        await this.entries();
      } catch (e) {
        const retry = h('button', { type: 'button', onclick: () => this.load() }, this.t.retry);
        this.root.replaceChildren(h('div', { class: 'alert', role: 'alert' }, h('p', null, this.t.failed), retry));
      }
    }

    /** Exactly one JSON-LD element in the host page, whatever the number of reloads. */
    structuredData(text) {
      let el = document.getElementById(JSON_LD_ID);
      if (!el) {
        el = h('script', { type: 'application/ld+json', id: JSON_LD_ID });
        document.head.append(el);
      }
      el.textContent = text;
    }

    frame() {
      const t = this.t;
      const search = h('input', { id: 'faq-q', type: 'search', value: this.query, autocomplete: 'off', 'aria-controls': 'list' });
      let timer;
      search.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.query = search.value.trim();
          this.entries().catch(() => { this.status.textContent = t.failed; });
        }, 250);
      });
      const choose = (slug) => () => {
        this.category = slug;
        this.root.querySelectorAll('.cats button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.slug === slug)));
        this.entries().catch(() => { this.status.textContent = t.failed; });
      };
      this.status = h('p', { class: 'note', role: 'status' });
      this.list = h('div', { id: 'list' });
      this.root.replaceChildren(h('section', { 'aria-labelledby': 'faq-title' }, h('h2', { id: 'faq-title' }, t.title),
        h('label', { for: 'faq-q' }, t.search), search,
        h('ul', { class: 'cats', 'aria-label': t.topics }, [{ slug: '', name: t.all }, ...this.categories].map((c) => h('li', null,
          h('button', { type: 'button', 'data-slug': c.slug, 'aria-pressed': String(c.slug === this.category), onclick: choose(c.slug) }, c.name)))),
        this.status, this.list));
    }

    /** Only the latest request's answer is shown, whatever order the answers arrive in. */
    async entries() {
      const seq = ++this.seq;
      const query = '/api/v1/faqs?locale=' + this.locale + (this.category ? '&category=' + encodeURIComponent(this.category) : '')
        + (this.query ? '&q=' + encodeURIComponent(this.query.slice(0, 100)) : '');
      const faqs = await get(query);
      if (seq !== this.seq) return;
      this.status.textContent = faqs.length ? this.t.found(faqs.length) : this.query ? this.t.none : '';
      this.list.replaceChildren(...faqs.map((faq) => {
        const id = 'a' + faq.id;
        const answer = h('div', { id, class: 'a', role: 'region', 'aria-labelledby': 'q' + faq.id, hidden: true },
          faq.answer.split(/\n\s*\n/).map((para) => h('p', null, para)));
        const toggle = h('button', { type: 'button', id: 'q' + faq.id, 'aria-expanded': 'false', 'aria-controls': id, onclick: () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          answer.hidden = !open;
        } }, h('span', null, faq.question), h('span', { class: 'g', 'aria-hidden': 'true' }));
        return h('div', null, h('h3', null, toggle), answer);
      }));
    }
  }

  const host = opts.target ? document.querySelector(opts.target) : script.parentNode.insertBefore(document.createElement('div'), script.nextSibling);
  host.classList.add('clinic-faq');
  new Faq(host);
})();
