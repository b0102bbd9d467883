// The demo pages' language switch: it sets <html lang>, which the widgets follow.
document.addEventListener('DOMContentLoaded', () => {
  const buttons = document.querySelectorAll('[data-set-lang]');
  const use = (lang) => {
    document.documentElement.lang = lang;
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === lang)));
  };
  buttons.forEach((b) => b.addEventListener('click', () => use(b.dataset.setLang)));
  if ((navigator.language || '').startsWith('es')) use('es');
});
