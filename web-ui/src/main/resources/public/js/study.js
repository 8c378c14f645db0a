// The study page: live state, leaderboard, plots and the paged trial table.
import { get, post, download, follow } from './api.js';
import { el, badge, num, dur, when, progress, message } from './ui.js';
import * as plots from './plots.js';
import { paretoPanel } from './pareto.js';

const PAGE = 50;

export async function studyPage(app, name) {
  const enc = encodeURIComponent(name);
  const base = '/api/studies/' + enc;
  const head = el('div'), notice = el('div');
  const lb = el('tbody', { id: 'leaderboard' });
  const canvases = { history: plotCanvas('plot-history'), curves: plotCanvas('plot-curves'), parallel: plotCanvas('plot-parallel'), importance: plotCanvas('plot-importance') };
  const trialsBody = el('tbody', { id: 'trials' });
  const pageInfo = el('span', { class: 'muted' });
  const sampleNote = el('span', { id: 'history-sample' });
  const sort = el('select', { id: 'sort' }, [['number', 'number'], ['value', 'best first'], ['-number', 'newest first'], ['-duration', 'longest']].map(([v, l]) => el('option', { value: v }, l)));
  const stateFilter = el('select', { id: 'state-filter' }, ['', 'COMPLETE', 'PRUNED', 'FAILED', 'RUNNING', 'WAITING', 'CANCELLED'].map(s => el('option', { value: s }, s || 'all states')));
  let offset = 0, timer = null, latest = null, multi = null;
  const pareto = paretoPanel(base, n => openTrial(n));
  const prev = el('button', { class: 'secondary', onclick: () => { offset = Math.max(0, offset - PAGE); loadTrials(); } }, '‹ Prev');
  const next = el('button', { class: 'secondary', onclick: () => { offset += PAGE; loadTrials(); } }, 'Next ›');
  sort.onchange = stateFilter.onchange = () => { offset = 0; loadTrials(); };

  app.replaceChildren(el('div', {}, head, notice, pareto.element,
    el('div', { class: 'grid' },
      panel('Leaderboard', el('table', {}, el('thead', {}, row(['#', 'Value', 'Configuration', 'Time'], 'th')), lb)),
      panel('Optimization history', canvases.history, el('div', { class: 'note' }, 'Objective per trial; orange: best so far. ', sampleNote)),
      panel('Learning curves (top trials, pruned in grey)', canvases.curves),
      panel('Parallel coordinates', canvases.parallel, el('div', { class: 'note' }, 'One line per complete trial (up to 500, best kept); warmer = better.')),
      panel('Parameter importance', canvases.importance, el('div', { class: 'note' }, 'Method: share of the objective\'s variance explained by each parameter — variance of the mean objective across the parameter\'s bins (one per value when it takes at most 6 values, else up to 6 quantile bins of 3+ trials) over total variance, complete trials only; normalized to 100%.'))),
    el('div', { class: 'panel', style: 'margin-top:16px' }, el('h2', {}, 'Trials'),
      el('div', { class: 'pager' }, 'Sort ', sort, ' State ', stateFilter),
      el('table', {}, el('thead', {}, row(['#', 'State', 'Value', 'Configuration', 'Started', 'Duration'], 'th')), trialsBody),
      el('div', { class: 'pager' }, prev, next, pageInfo))));

  async function loadStudy() {
    const s = await get(base);
    multi = s.objectives || null;
    const actions = [];
    if (s.active) actions.push(el('button', { class: 'secondary', id: 'cancel', onclick: () => act('cancel') }, 'Cancel'));
    else if (s.state !== 'COMPLETE') actions.push(el('button', { class: 'secondary', id: 'resume', onclick: () => act('resume') }, 'Resume'));
    if (s.best) actions.push(el('button', { id: 'export-best', onclick: () => download(base + '/export', name + '.zip').catch(e => notice.replaceChildren(message(e.message))) }, 'Export best model'));
    const c = s.counts;
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
  async function loadLeaderboard() {
    const { trials } = await get(base + '/leaderboard?top=10');
    lb.replaceChildren(...trials.map(t => el('tr', { class: 'click', onclick: () => openTrial(t.number) },
      el('td', {}, t.number), el('td', { class: 'num' }, num(t.value)), el('td', {}, cfg(t.config)), el('td', {}, dur(t.seconds)))));
  }
  async function loadTrials() {
    const q = '?offset=' + offset + '&limit=' + PAGE + '&sort=' + sort.value + (stateFilter.value ? '&state=' + stateFilter.value : '');
    const r = await get(base + '/trials' + q);
    trialsBody.replaceChildren(...r.trials.map(t => el('tr', { class: 'click', onclick: () => openTrial(t.number) },
      el('td', {}, t.number), el('td', {}, badge(t.state)), el('td', { class: 'num' }, num(t.value)),
      el('td', {}, cfg(t.config)), el('td', {}, when(t.started)), el('td', {}, dur(t.seconds)))));
    pageInfo.textContent = r.total ? (offset + 1) + '–' + Math.min(r.total, offset + PAGE) + ' of ' + r.total : 'no trials';
    prev.disabled = offset === 0; next.disabled = offset + PAGE >= r.total;
  }
  async function loadPlots() {
    const [h, c] = await Promise.all([get(base + '/history'), get(base + '/curves?top=8')]);
    latest = h;
    // parameters that never vary (constants of the space) carry no information for these plots
    const params = [...new Set(h.trials.flatMap(t => Object.keys(t.c)))].sort()
      .filter(k => new Set(h.trials.map(t => JSON.stringify(t.c[k]))).size > 1);
    plots.history(canvases.history, h.trials, h.direction, h.best);
    sampleNote.textContent = h.sampled ? 'Showing an even sample of ' + h.trials.length + ' of ' + h.total + ' finished trials (best-so-far line exact; the best trials always kept).' : '';
    plots.curves(canvases.curves, c.curves);
    plots.parallel(canvases.parallel, h.trials, params, h.direction);
    plots.importanceBars(canvases.importance, plots.importance(h.trials, params));
  }
  function openTrial(n) { location.hash = '#/study/' + enc + '/trial/' + n; }
  async function refresh() {
    await Promise.all([loadStudy(), loadLeaderboard(), loadTrials(), loadPlots()]);
    if (multi) await pareto.load();
  }
  // events arrive in bursts: redraw at most once a second
  function soon() { if (!timer) timer = setTimeout(() => { timer = null; refresh().catch(() => {}); }, 1000); }
  await refresh();
  const stop = follow(name, soon);
  const slow = setInterval(() => loadStudy().catch(() => {}), 5000);
  const onResize = () => { if (latest) loadPlots(); pareto.draw(); };
  window.addEventListener('resize', onResize);
  return () => { stop(); clearInterval(slow); clearTimeout(timer); window.removeEventListener('resize', onResize); };
}

function plotCanvas(id) { return el('canvas', { class: 'plot', id }); }
function panel(title, ...body) { return el('div', { class: 'panel' }, el('h2', {}, title), ...body); }
function row(cells, tag) { return el('tr', {}, cells.map(c => el(tag, {}, c))); }
function stat(label, value) { return el('div', {}, el('span', { class: 'muted' }, label), el('b', {}, value)); }
export function cfg(c) {
  const text = Object.entries(c).map(([k, v]) => k.replace(/^arch\./, '') + '=' + (typeof v === 'number' ? num(v) : v)).join(', ');
  return el('span', { class: 'muted', title: text }, text.length > 90 ? text.slice(0, 88) + '…' : text);
}
