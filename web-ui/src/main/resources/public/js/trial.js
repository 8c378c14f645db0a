// The trial page: configuration, learning curve (growing live while the trial runs), timings, provenance, export.
import { get, download, follow } from './api.js';
import { el, badge, num, dur, when, message } from './ui.js';
import { curves } from './plot-curves.js';

export async function trialPage(app, name, number) {
  const base = '/api/studies/' + encodeURIComponent(name);
  const [t, s] = await Promise.all([get(base + '/trials/' + number), get(base)]);
  const box = el('div', { class: 'plot', id: 'plot-trial' });
  const notice = el('div');
  const kv = obj => el('table', { class: 'kv' }, el('tbody', {}, Object.entries(obj).map(([k, v]) =>
    el('tr', {}, el('td', {}, k), el('td', {}, typeof v === 'number' ? num(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))))));
  const exportBtn = t.hasModel && t.state === 'COMPLETE'
    ? el('button', { id: 'export-trial', onclick: () => download(base + '/export?trial=' + number, name + '-trial-' + number + '.zip').catch(e => notice.replaceChildren(message(e.message))) }, 'Export model')
    : el('span', { class: 'muted' }, 'no model to export');
  const progressNote = el('div', { class: 'note', id: 'trial-progress' });
  app.replaceChildren(el('div', {},
    el('h1', {}, el('a', { href: '#/study/' + encodeURIComponent(name) }, name), ' / trial ' + number, badge(t.state), exportBtn), notice,
    el('div', { class: 'grid' },
      el('div', { class: 'panel' }, el('h2', {}, 'Configuration'), kv(t.config)),
      el('div', { class: 'panel' }, el('h2', {}, 'Learning curve'), box, progressNote),
      el('div', { class: 'panel' }, el('h2', {}, 'Result and timings'), kv({ value: t.value ?? '–', started: when(t.started), finished: when(t.finished), duration: dur(t.seconds), attempt: t.attempt, worker: t.worker ?? '–', reason: t.reason ?? '–' })),
      el('div', { class: 'panel' }, el('h2', {}, 'Metrics and provenance'), kv(Object.assign({ seed: t.seedText ?? t.seed }, t.attributes))))));
  let grow = draw(t);
  function draw(x) {
    progressNote.textContent = x.state === 'RUNNING' ? 'running: epoch ' + x.intermediate.length + (s.budgetEpochs ? ' of ' + s.budgetEpochs : '') : '';
    return curves(box, { curves: [{ number, state: x.state, value: x.value, points: x.intermediate }], metric: s.metric, epochs: s.budgetEpochs });
  }
  async function reload() {
    const x = await get(base + '/trials/' + number);
    grow = draw(x);
    if (x.state !== t.state) trialPage(app, name, number);
  }
  if (t.state !== 'RUNNING' && t.state !== 'WAITING') return () => {};
  const stop = follow(name, e => {
    if (e.data.number !== number) return;
    if (e.type === 'trial-step') { if (!grow(number, e.data.step, e.data.value)) reload().catch(() => {}); } else reload().catch(() => {});
  });
  const live = setInterval(() => reload().catch(() => {}), 3000);
  return () => { stop(); clearInterval(live); };
}
