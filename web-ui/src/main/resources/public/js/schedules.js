// The schedules page: recurring searches with their next fire, champion and history; create, run now, delete.
import { get, post, api } from './api.js';
import { el, num, when, message } from './ui.js';

export async function schedulesPage(app) {
  const table = el('tbody', { id: 'schedules' });
  const notice = el('div');
  const history = el('div', { id: 'schedule-history' });
  const form = createForm(() => refresh(), notice);
  app.replaceChildren(el('div', {}, el('h1', {}, 'Schedules'), notice,
    el('div', { class: 'panel' }, el('table', {},
      el('thead', {}, el('tr', {}, ['Schedule', 'Cron', 'Next fire', 'Last study', 'Champion', ''].map(h => el('th', {}, h)))), table)),
    history, form.view));

  async function act(method, path, done) {
    try { await api(method, path); notice.replaceChildren(); if (done) done(); }
    catch (e) { notice.replaceChildren(message(e.status === 401 ? 'This needs the API token (top right).' : e.message)); }
    refresh();
  }
  async function showHistory(name) {
    const h = await get('/api/schedules/' + encodeURIComponent(name) + '/history');
    const link = s => el('a', { href: '#/study/' + encodeURIComponent(s) }, s);
    history.replaceChildren(el('div', { class: 'panel' }, el('h2', {}, 'History of ' + name),
      el('table', { id: 'schedule-runs' }, el('thead', {}, el('tr', {}, ['Study', 'Started', 'Finished', 'Best', 'Previous champion', 'Re-scored now'].map(x => el('th', {}, x)))),
        el('tbody', {}, h.runs.length ? h.runs.map(r => el('tr', {}, el('td', {}, link(r.study)), el('td', {}, when(r.startedAt)),
          el('td', {}, r.finishedAt ? when(r.finishedAt) : 'running'), el('td', { class: 'num' }, r.bestValue === null ? '–' : num(r.bestValue) + ' (#' + r.bestTrial + ')'),
          el('td', { class: 'num' }, num(r.championPrevious)), el('td', { class: 'num' }, num(r.championRescore))))
          : [el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No runs yet.'))])),
      el('h2', { style: 'margin-top:14px' }, 'Drift events'),
      h.drift.length ? el('ul', { class: 'errors', id: 'drift' }, h.drift.map(d => el('li', {}, when(d.detectedAt) + ': champion of ' + d.study + ' fell from ' + num(d.oldValue) + ' to ' + num(d.newValue))))
        : el('p', { class: 'muted' }, 'No drift detected.')));
  }
  async function refresh() {
    const list = await get('/api/schedules');
    table.replaceChildren(...(list.length ? list.map(s => {
      const n = s.spec.name, enc = encodeURIComponent(n);
      return el('tr', { 'data-schedule': n },
        el('td', {}, el('b', {}, n), el('div', { class: 'muted' }, 'top-' + s.spec.topK + ' warm start · drift margin ' + num(s.spec.driftMargin))),
        el('td', {}, el('code', {}, s.spec.cron)), el('td', { class: 'next-fire' }, when(s.nextFire)),
        el('td', {}, s.lastStudy ? el('a', { href: '#/study/' + encodeURIComponent(s.lastStudy) }, s.lastStudy) : '–'),
        el('td', { class: 'num' }, num(s.champion)),
        el('td', {}, el('button', { class: 'secondary', 'data-action': 'run', onclick: () => act('POST', '/api/schedules/' + enc + '/run', () => notice.replaceChildren(message('Started a run of ' + n + '.'))) }, 'Run now'), ' ',
          el('button', { class: 'secondary', 'data-action': 'history', onclick: () => showHistory(n).catch(e => notice.replaceChildren(message(e.message))) }, 'History'), ' ',
          el('button', { class: 'secondary danger', 'data-action': 'delete', onclick: () => confirm('Delete schedule ' + n + ' and its history? Its studies stay.') && act('DELETE', '/api/schedules/' + enc, () => history.replaceChildren()) }, 'Delete')));
    }) : [el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No schedules yet. Create one below.'))]));
    form.studies();
  }
  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), 10000);
  return () => clearInterval(timer);
}

function field(label, input, key, hint) {
  return el('label', { class: 'field' }, el('span', {}, label), input, hint ? el('span', { class: 'note' }, hint) : null,
    el('div', { class: 'field-error', 'data-field': key }));
}

function createForm(onCreated, notice) {
  const name = el('input', { id: 'schedule-name', placeholder: 'defaults to the space name' });
  const cron = el('input', { id: 'schedule-cron', value: '0 0 2 * * ?' });
  const topK = el('input', { id: 'schedule-topk', type: 'number', min: 0, value: 5 });
  const margin = el('input', { id: 'schedule-margin', type: 'number', step: 'any', value: 0.02 });
  const source = el('select', { id: 'schedule-source' }, el('option', { value: '' }, 'write or paste a space below'));
  const editor = el('textarea', { class: 'editor short', id: 'schedule-space', spellcheck: 'false', placeholder: 'Search space (JSON or YAML)' });
  const submit = el('button', { id: 'schedule-create' }, 'Create schedule');
  const errors = el('div', { id: 'schedule-errors' });
  source.onchange = async () => {
    if (!source.value) return;
    try { editor.value = (await get('/api/studies/' + encodeURIComponent(source.value) + '/space')).text; }
    catch (e) { errors.replaceChildren(message(e.message)); }
  };
  submit.onclick = async () => {
    const view = submit.closest('.panel');
    view.querySelectorAll('.field-error').forEach(x => x.replaceChildren());
    errors.replaceChildren();
    const body = { space: editor.value, cron: cron.value.trim(), topK: topK.value === '' ? null : Number(topK.value),
      driftMargin: margin.value === '' ? null : Number(margin.value) };
    if (name.value.trim()) body.name = name.value.trim();
    try {
      await post('/api/schedules', JSON.stringify(body));
      name.value = ''; notice.replaceChildren(); onCreated();
    } catch (e) {
      if (e.status === 401) { errors.replaceChildren(message('Creating a schedule needs the API token (top right).')); return; }
      const own = ['/name', '/cron', '/topK', '/driftMargin', '/space'];
      const spaceErrors = [];
      for (const x of e.errors) {
        const slot = own.includes(x.pointer) && view.querySelector('.field-error[data-field="' + x.pointer.slice(1) + '"]');
        if (slot) slot.append(el('div', {}, x.message)); else spaceErrors.push(x);
      }
      if (spaceErrors.length) view.querySelector('.field-error[data-field="space"]').replaceChildren(el('ul', { class: 'errors' },
        spaceErrors.map(x => el('li', { 'data-pointer': x.pointer }, el('code', {}, x.pointer || '(document)'), x.message))));
      if (!e.errors.length) errors.replaceChildren(message(e.message));
    }
  };
  const view = el('div', { class: 'panel' }, el('h2', {}, 'New schedule'),
    el('div', { class: 'form-row' }, field('Name', name, 'name'), field('Cron (Quartz: s m h day month weekday)', cron, 'cron', 'e.g. 0 0 2 * * ? = every night at 02:00'),
      field('Warm start: top K', topK, 'topK'), field('Drift margin', margin, 'driftMargin', 'champion re-score drop that counts as drift')),
    field('Search space', el('div', {}, el('div', { class: 'pager' }, 'Start from study ', source), editor), 'space'),
    el('div', { class: 'pager' }, submit), errors);
  async function studies() {
    if (source.options.length > 1) return;
    const { studies } = await get('/api/studies');
    source.append(...studies.map(s => el('option', { value: s.name }, s.name)));
  }
  return { view, studies };
}
