// The trial page: configuration, learning curve, timings, provenance and the export button.
import { get, download } from './api.js';
import { el, badge, num, dur, when, message } from './ui.js';
import * as plots from './plots.js';

export async function trialPage(app, name, number) {
  const base = '/api/studies/' + encodeURIComponent(name);
  const t = await get(base + '/trials/' + number);
  const canvas = el('canvas', { class: 'plot', id: 'plot-trial' });
  const notice = el('div');
  const kv = obj => el('table', { class: 'kv' }, el('tbody', {}, Object.entries(obj).map(([k, v]) =>
    el('tr', {}, el('td', {}, k), el('td', {}, typeof v === 'number' ? num(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))))));
  const exportBtn = t.hasModel && t.state === 'COMPLETE'
    ? el('button', { id: 'export-trial', onclick: () => download(base + '/export?trial=' + number, name + '-trial-' + number + '.zip').catch(e => notice.replaceChildren(message(e.message))) }, 'Export model')
    : el('span', { class: 'muted' }, 'no model to export');
  app.replaceChildren(el('div', {},
    el('h1', {}, el('a', { href: '#/study/' + encodeURIComponent(name) }, name), ' / trial ' + number, badge(t.state), exportBtn), notice,
    el('div', { class: 'grid' },
      el('div', { class: 'panel' }, el('h2', {}, 'Configuration'), kv(t.config)),
      el('div', { class: 'panel' }, el('h2', {}, 'Learning curve'), canvas),
      el('div', { class: 'panel' }, el('h2', {}, 'Result and timings'), kv({ value: t.value ?? '–', started: when(t.started), finished: when(t.finished), duration: dur(t.seconds), attempt: t.attempt, worker: t.worker ?? '–', reason: t.reason ?? '–' })),
      el('div', { class: 'panel' }, el('h2', {}, 'Metrics and provenance'), kv(Object.assign({ seed: t.seed }, t.attributes))))));
  plots.curve(canvas, t.intermediate, t.state);
  return () => {};
}
