// The study page: live state, leaderboard, plots (ECharts, see chart.js) and the paged trial table with running
// trials' epoch and latest value. Running trials' curves grow with each trial-step event; trials of worker
// processes and other servers (whose steps are not events here) are re-read every few seconds while any runs.
import { api, get, post, download, follow } from './api.js';
import { el, badge, num, dur, when, progress, message } from './ui.js';
import { paretoPanel } from './pareto.js';
import { history } from './plot-history.js';
import { curves } from './plot-curves.js';
import { parallel } from './plot-parallel.js';
import { importance } from './plot-importance.js';

const PAGE = 50;
const LIVE_PERIOD_MS = 2000;

export async function studyPage(app, name) {
  const enc = encodeURIComponent(name);
  const base = '/api/studies/' + enc;
  const head = el('div'), notice = el('div');
  const lb = el('tbody', { id: 'leaderboard' });
  const boxes = { history: plotBox('plot-history'), curves: plotBox('plot-curves'), parallel: plotBox('plot-parallel'), importance: plotBox('plot-importance') };
  const trialsBody = el('tbody', { id: 'trials' });
  const pageInfo = el('span', { class: 'muted' });
  const sampleNote = el('span', { id: 'history-sample' });
  const importanceNote = el('div', { class: 'note', id: 'importance-note' });
  const sort = el('select', { id: 'sort' }, [['number', 'number'], ['value', 'best first'], ['-number', 'newest first'], ['-duration', 'longest']].map(([v, l]) => el('option', { value: v }, l)));
  const stateFilter = el('select', { id: 'state-filter' }, ['', 'COMPLETE', 'PRUNED', 'FAILED', 'RUNNING', 'WAITING', 'CANCELLED'].map(s => el('option', { value: s }, s || 'all states')));
  let offset = 0, timer = null, study = null, params = null, grow = () => false, running = 0, multi = null;
  const pareto = paretoPanel(base, n => openTrial(n));
  const prev = el('button', { class: 'secondary', onclick: () => { offset = Math.max(0, offset - PAGE); loadTrials(); } }, '‹ Prev');
  const next = el('button', { class: 'secondary', onclick: () => { offset += PAGE; loadTrials(); } }, 'Next ›');
  sort.onchange = stateFilter.onchange = () => { offset = 0; loadTrials(); };

  app.replaceChildren(el('div', {}, head, notice, pareto.element,
    el('div', { class: 'grid' },
      panel('Leaderboard', el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, row(['#', 'Value', 'Configuration', 'Time'], 'th')), lb))),
      panel('Optimization history', boxes.history, el('div', { class: 'note' }, 'Objective per finished trial; orange: best so far. Scroll or drag the bar to zoom; click a point to open its trial. ', sampleNote)),
      panel('Learning curves', boxes.curves, el('div', { class: 'note' }, 'Top trials, latest pruned (grey) and running ones (dashed, growing each epoch).')),
      panel('Parallel coordinates', boxes.parallel, el('div', { class: 'note' }, 'One line per complete trial (up to 500, best kept) over each parameter\'s declared range and scale; "absent": a conditional parameter that was inactive. Colour key on the right.')),
      panel('Parameter importance', boxes.importance, importanceNote)),
    el('div', { class: 'panel', style: 'margin-top:16px' }, el('h2', {}, 'Trials'),
      el('div', { class: 'pager' }, 'Sort ', sort, ' State ', stateFilter),
      el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, row(['#', 'State', 'Value', 'Epoch', 'Configuration', 'Started', 'Duration'], 'th')), trialsBody)),
      el('div', { class: 'pager' }, prev, next, pageInfo))));

  async function loadStudy() {
    const s = study = await get(base);
    multi = s.objectives || null;
    const actions = [];
    if (s.active) actions.push(el('button', { class: 'secondary', id: 'cancel', onclick: () => act('cancel') }, 'Cancel'));
    else if (s.state !== 'COMPLETE') actions.push(el('button', { class: 'secondary', id: 'resume', onclick: () => act('resume') }, 'Resume'));
    actions.push(el('button', { class: 'secondary danger', id: 'delete-study', onclick: () => remove() }, 'Delete'));
    if (s.best) actions.push(el('button', { id: 'export-best', onclick: () => download(base + '/export', name + '.zip').catch(e => notice.replaceChildren(message(e.message))) }, 'Export best model'));
    const c = s.counts;
    running = c.running;
    head.replaceChildren(el('h1', {}, name, badge(s.error ? 'ERROR' : s.state), ...actions),
      el('div', { class: 'panel stats', id: 'stats' },
        stat('Best ' + (s.metric || 'value'), s.best ? num(s.best.value) : '–'),
        stat('Progress', progress(s.finished, s.budgetTrials)),
        stat('Running', c.running), stat('Complete', c.complete), stat('Pruned', c.pruned), stat('Failed', c.failed),
        stat('Started', when(s.started)), stat('Duration', dur(s.durationSeconds)), stat('Sampler', s.sampler || '–')));
    if (s.reason) notice.replaceChildren(message('This study cannot run: ' + s.reason));
    else if (s.error) notice.replaceChildren(message('The run stopped: ' + s.error)); else notice.replaceChildren();
  }
  async function act(what) {
    try { await post(base + '/' + what); } catch (e) { notice.replaceChildren(message(e.status === 401 ? 'Cancel and resume need the API token (top right).' : e.message)); }
    refresh();
  }
  async function remove() {
    if (!window.confirm('Delete study ' + name + ' with all its trials and models? This cannot be undone.')) return;
    try { await api('DELETE', base); location.hash = '#/'; } catch (e) { notice.replaceChildren(message(e.status === 401 ? 'Deleting needs the API token (top right).' : e.message)); }
  }
  async function loadLeaderboard() {
    const { trials } = await get(base + '/leaderboard?top=10');
    lb.replaceChildren(...trials.map(t => el('tr', { class: 'click', onclick: () => openTrial(t.number) },
      el('td', {}, t.number), el('td', { class: 'num' }, num(t.value)), el('td', {}, cfg(t.config)), el('td', {}, dur(t.seconds)))));
  }
  async function loadTrials() {
    const q = '?offset=' + offset + '&limit=' + PAGE + '&sort=' + sort.value + (stateFilter.value ? '&state=' + stateFilter.value : '');
    const r = await get(base + '/trials' + q);
    trialsBody.replaceChildren(...r.trials.map(t => el('tr', { class: 'click', 'data-trial': t.number, 'data-state': t.state, onclick: () => openTrial(t.number) },
      el('td', {}, t.number), el('td', {}, badge(t.state)),
      el('td', { class: 'num' + (t.state === 'RUNNING' ? ' live' : '') }, t.state === 'RUNNING' ? num(t.latest) : num(t.value)),
      el('td', { class: 'num epoch' }, epochText(t)),
      el('td', {}, cfg(t.config)), el('td', {}, when(t.started)), el('td', {}, dur(t.seconds)))));
    pageInfo.textContent = r.total ? (offset + 1) + '–' + Math.min(r.total, offset + PAGE) + ' of ' + r.total : 'no trials';
    prev.disabled = offset === 0; next.disabled = offset + PAGE >= r.total;
  }
  function epochText(t) {
    const total = study && study.budgetEpochs;
    if (t.state === 'RUNNING') return t.steps + (total ? ' of ' + total : '');
    return t.steps ? String(t.steps) : '–';
  }
  async function loadCurves() {
    const c = await get(base + '/curves?top=8');
    grow = curves(boxes.curves, { curves: c.curves, metric: study && study.metric, epochs: study && study.budgetEpochs, onOpen: openTrial });
  }
  async function loadPlots() {
    if (!params) params = (await get(base + '/parameters')).parameters;
    const [h, imp] = await Promise.all([get(base + '/history'), get(base + '/importance')]);
    const metric = study && study.metric;
    // parameters that never vary (constants of the space) carry no information for these plots
    const varying = params.filter(p => p.type !== 'constant' && new Set(h.trials.map(t => JSON.stringify(t.c[p.name]))).size > 1);
    history(boxes.history, { trials: h.trials, best: h.best, metric, onOpen: openTrial });
    sampleNote.textContent = h.sampled ? 'Showing an even sample of ' + h.trials.length + ' of ' + h.total + ' finished trials (best-so-far line exact; the best trials always kept).' : '';
    parallel(boxes.parallel, { trials: h.trials, params: varying, metric, direction: h.direction, onOpen: openTrial });
    importance(boxes.importance, imp);
    importanceNote.replaceChildren(imp.warning ? el('div', { class: 'warn', id: 'importance-warning' }, '⚠ ' + imp.warning) : '',
      'Method: ' + imp.method + '; ' + imp.trials + ' complete trials; normalised to 100%.');
    await loadCurves();
  }
  function openTrial(n) { location.hash = '#/study/' + enc + '/trial/' + n; }
  async function refresh() {
    await loadStudy();
    await Promise.all([loadLeaderboard(), loadTrials(), loadPlots()]);
    if (multi) await pareto.load();
  }
  // events arrive in bursts: redraw at most once a second; a step of a drawn running trial only grows its curve
  function soon() { if (!timer) timer = setTimeout(() => { timer = null; refresh().catch(() => {}); }, 1000); }
  function onEvent(e) {
    if (e.type === 'trial-step') {
      if (!grow(e.data.number, e.data.step, e.data.value)) loadCurves().catch(() => {});
      const cell = trialsBody.querySelector('tr[data-trial="' + e.data.number + '"][data-state="RUNNING"]');
      if (cell) {
        cell.querySelector('td.live').textContent = num(e.data.value);
        cell.querySelector('td.epoch').textContent = e.data.step + (study && study.budgetEpochs ? ' of ' + study.budgetEpochs : '');
      }
      return;
    }
    soon();
  }
  await refresh();
  const stop = follow(name, onEvent);
  const slow = setInterval(() => loadStudy().catch(() => {}), 5000);
  const live = setInterval(() => { if (running > 0) Promise.all([loadTrials(), loadCurves()]).catch(() => {}); }, LIVE_PERIOD_MS);
  const onResize = () => pareto.draw();
  window.addEventListener('resize', onResize);
  return () => { stop(); clearInterval(slow); clearInterval(live); clearTimeout(timer); window.removeEventListener('resize', onResize); };
}

function plotBox(id) { return el('div', { class: 'plot', id }); }
function panel(title, ...body) { return el('div', { class: 'panel' }, el('h2', {}, title), ...body); }
function row(cells, tag) { return el('tr', {}, cells.map(c => el(tag, {}, c))); }
function stat(label, value) { return el('div', {}, el('span', { class: 'muted' }, label), el('b', {}, value)); }
export function cfg(c) {
  const text = Object.entries(c).map(([k, v]) => k.replace(/^arch\./, '') + '=' + (typeof v === 'number' ? num(v) : v)).join(', ');
  return el('span', { class: 'muted', title: text }, text.length > 90 ? text.slice(0, 88) + '…' : text);
}
