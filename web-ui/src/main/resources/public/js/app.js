// The single-page app: hash routes for the studies list, the new-study editor, a study, a trial and schedules.
import { get, post, token, setToken, TOKEN_NEEDED } from './api.js';
import { el, badge, num, dur, when, progress, message } from './ui.js';
import { studyPage } from './study.js';
import { trialPage } from './trial.js';
import { schedulesPage } from './schedules.js';
import { dataPanel } from './datasets.js';
import { spaceEditor, lineOf } from './editor.js';

const app = document.getElementById('app');
let cleanup = () => {};

function tokenFromUrl() {
  const m = /[#&?]token=([^&]+)/.exec(location.hash + '&' + location.search);
  if (m) { setToken(decodeURIComponent(m[1])); history.replaceState(null, '', location.pathname + '#/'); }
}

// set when a request got 401: the token box then asks for the token, focused and highlighted
let tokenNeeded = false;

function tokenBox() {
  const box = document.getElementById('token-box');
  box.classList.toggle('needed', tokenNeeded);
  if (token() && !tokenNeeded) {
    box.replaceChildren(el('span', {}, 'token set ', el('a', { href: '#', style: 'color:#9fb6e8', onclick: e => { e.preventDefault(); setToken(''); tokenBox(); } }, '(forget)')));
    return;
  }
  const input = el('input', { id: 'token-input', autocomplete: 'off', placeholder: 'paste the token the server printed',
    onchange: () => useToken(input.value) });
  box.replaceChildren(el('form', { id: 'token-form', onsubmit: e => { e.preventDefault(); useToken(input.value); } },
    el('label', { for: 'token-input' }, 'API token '), input, tokenNeeded ? el('button', { type: 'submit', id: 'token-use' }, 'Use') : null),
    tokenNeeded ? el('div', { id: 'token-prompt', role: 'alert' }, token()
      ? 'That token is not valid: paste the token automl serve printed (also in DATA/token).'
      : 'This server needs its API token to show anything: paste the token automl serve printed (also in DATA/token).') : null);
  if (tokenNeeded) input.focus();
}

// stores the entered token and reloads the page that needed it
// checks it against the server at once (a wrong one brings the prompt back, saying it is not valid)
function useToken(value) {
  if (!value.trim() || (!tokenNeeded && value.trim() === token())) return;
  setToken(value);
  const reload = tokenNeeded;
  tokenNeeded = false;
  tokenBox();
  get('/api/studies').then(() => { if (reload) route(); }, () => {});
}

window.addEventListener(TOKEN_NEEDED, () => {
  if (!tokenNeeded) { tokenNeeded = true; tokenBox(); }
});

async function studiesPage(app) {
  const table = el('tbody');
  const view = el('div', {}, el('h1', {}, 'Studies ', el('a', { class: 'button', href: '#/new' }, 'New study')),
    el('div', { class: 'panel' }, el('table', { id: 'studies' },
      el('thead', {}, el('tr', {}, ['Study', 'State', 'Best', 'Progress', 'Started', 'Duration'].map(h => el('th', {}, h)))), table)));
  app.replaceChildren(view);
  async function refresh() {
    const { studies } = await get('/api/studies');
    table.replaceChildren(...(studies.length ? studies.map(s => el('tr', { class: 'click', 'data-study': s.name, onclick: () => location.hash = '#/study/' + encodeURIComponent(s.name) },
      el('td', {}, el('b', {}, s.name), el('div', { class: 'muted' }, (s.metric || '') + ' · ' + s.direction + (s.sampler ? ' · ' + s.sampler : ''))),
      el('td', {}, badge(s.error ? 'ERROR' : s.state), s.active ? el('span', { class: 'muted' }, ' running here') : null,
        s.reason ? el('div', { class: 'muted study-reason' }, s.reason) : null),
      el('td', { class: 'num' }, s.best ? num(s.best.value) + ' (#' + s.best.number + ')' : '–'),
      el('td', {}, progress(s.finished, s.budgetTrials)),
      el('td', {}, when(s.started)), el('td', {}, dur(s.durationSeconds))))
      : [el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No studies yet. Start one from an example.'))]));
  }
  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), 3000);
  return () => clearInterval(timer);
}

async function newStudyPage(app) {
  const editor = el('textarea', { class: 'editor', id: 'editor', spellcheck: 'false', placeholder: 'Paste a search space (JSON or YAML), or start from an example above.' });
  const status = el('div', { id: 'validation' });
  const submit = el('button', { id: 'submit', disabled: true }, 'Start study');
  const examples = el('div', { class: 'examples' }, el('span', { class: 'muted' }, 'Loading examples…'));
  const spaceBox = spaceEditor(editor, () => validate());
  app.replaceChildren(el('div', {}, el('h1', {}, 'New study'),
    el('div', { class: 'panel' }, el('h2', {}, 'Start from an example'), examples),
    dataPanel(editor, () => { spaceBox.refresh(); validate(); }),
    el('div', { class: 'panel' }, spaceBox.element, el('div', { class: 'pager' }, el('button', { class: 'secondary', id: 'validate', onclick: () => validate() }, 'Validate'), submit), status)));
  let pending = null;
  async function validate() {
    const text = editor.value;
    if (!text.trim()) { status.replaceChildren(); submit.disabled = true; return false; }
    try {
      const r = await post('/api/spaces/validate', text);
      status.replaceChildren(el('p', { class: 'ok' }, '✓ valid: ' + r.summary.description + ' · ' + r.summary.trials + ' trials'));
      submit.disabled = false; return true;
    } catch (e) {
      submit.disabled = true;
      status.replaceChildren(el('p', {}, e.message), el('ul', { class: 'errors', id: 'errors' }, (e.errors || []).map(x =>
        el('li', { 'data-pointer': x.pointer, class: 'click', title: 'show this line in the editor', onclick: () => spaceBox.jumpTo(x.pointer) }, el('span', { class: 'line-ref' }, 'line ' + lineOf(text, x.pointer)), el('code', {}, x.pointer || '(document)'), x.message, x.value !== null && x.value !== undefined ? el('span', { class: 'muted' }, ' — got ' + x.value) : null))));
      return false;
    }
  }
  editor.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(validate, 500); });
  submit.addEventListener('click', async () => {
    if (!(await validate())) return;
    try {
      const s = await post('/api/studies', editor.value);
      location.hash = '#/study/' + encodeURIComponent(s.name);
    } catch (e) {
      status.replaceChildren(message(e.status === 401 ? 'The server needs the API token: paste it in the top right.' : e.message));
    }
  });
  const { examples: list } = await get('/api/examples');
  examples.replaceChildren(...list.map(x => el('button', { class: 'secondary', 'data-example': x.file, onclick: () => { editor.value = x.text; spaceBox.refresh(); validate(); } }, x.file)));
  return () => clearTimeout(pending);
}

// Each route renders into a fresh container of its own, so a page still loading when the hash changes again (a
// click then Back) finishes into a detached container instead of over the newer page, and its timers and event
// stream stop at once.
let routes = 0;
async function route() {
  const mine = ++routes;
  cleanup();
  cleanup = () => {};
  const view = el('div');
  app.replaceChildren(view);
  const h = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  const section = h === '/new' ? 'new' : h === '/schedules' ? 'schedules' : 'studies';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === section));
  let m, stop = () => {};
  try {
    if (h === '/new') stop = await newStudyPage(view);
    else if (h === '/schedules') stop = await schedulesPage(view);
    else if ((m = /^\/study\/(.+)\/trial\/(\d+)$/.exec(h))) stop = await trialPage(view, m[1], +m[2]);
    else if ((m = /^\/study\/(.+)$/.exec(h))) stop = await studyPage(view, m[1]);
    else stop = await studiesPage(view);
  } catch (e) {
    view.replaceChildren(message(e.status === 401 ? 'This page needs the API token: enter it in the box at the top right.' : e.message));
  }
  if (mine === routes) cleanup = stop || (() => {});
  else if (stop) stop();
}

tokenFromUrl();
tokenBox();
window.addEventListener('hashchange', route);
route();
