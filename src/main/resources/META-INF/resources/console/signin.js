import { languageSwitch, signIn } from './console.js';

const TEXTS = {
  en: { username: 'Please give your user name.', password: 'Please give your password.', failed: 'Sign-in failed.' },
  es: { username: 'Indique su usuario.', password: 'Indique su contraseña.', failed: 'No se pudo entrar.' },
};

languageSwitch();
const form = document.getElementById('sign-in');
const fields = ['username', 'password'];

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const texts = TEXTS[document.documentElement.lang] || TEXTS.en;
  fields.forEach((name) => { document.getElementById(`${name}-error`).textContent = ''; form.elements[name].removeAttribute('aria-invalid'); });
  document.getElementById('form-error').textContent = '';
  const missing = fields.filter((name) => !form.elements[name].value);
  missing.forEach((name) => { document.getElementById(`${name}-error`).textContent = texts[name]; form.elements[name].setAttribute('aria-invalid', 'true'); });
  if (missing.length) {
    form.elements[missing[0]].focus();
    return;
  }
  try {
    await signIn(form.elements.username.value, form.elements.password.value);
    location.assign('/console/desk');
  } catch (problem) {
    // The server's own sentence: wrong credentials, a throttle's wait, or a field it refused.
    (problem.violations || []).forEach((v) => {
      const target = document.getElementById(`${v.field}-error`);
      if (target) target.textContent = v.message;
    });
    document.getElementById('form-error').textContent = (problem && problem.detail) || texts.failed;
    form.elements.password.value = '';
    form.elements.password.focus();
  }
});
