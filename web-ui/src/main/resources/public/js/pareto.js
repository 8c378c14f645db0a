// The Pareto panel of a multi-objective study: a scatter of every complete trial on two objectives (a projection
// picker chooses them when there are three), the front in colour joined by its staircase, dominated trials in
// grey, infeasible ones as grey rings; a click on a point opens its trial. Below: the front's table and its
// hypervolume against the reference point.
import { get } from './api.js';
import { el, num } from './ui.js';
import { cfg } from './study.js';

const FRONT = '#2f6fde';
const GREY = 'rgba(150,156,170,0.6)';

export function paretoPanel(base, openTrial) {
  const canvas = el('canvas', { class: 'plot', id: 'plot-pareto' });
  const xSel = el('select', { id: 'pareto-x' }), ySel = el('select', { id: 'pareto-y' });
  const picker = el('span', { id: 'pareto-picker', style: 'display:none' }, 'x ', xSel, ' y ', ySel);
  const hv = el('span', { id: 'pareto-hv', class: 'muted' });
  const head = el('tr', {});
  const body = el('tbody', { id: 'pareto-front' });
  const element = el('div', { class: 'panel', id: 'pareto', style: 'display:none;margin-bottom:16px' },
    el('h2', {}, 'Pareto front'),
    el('div', { class: 'pager' }, picker, ' ', hv),
    canvas,
    el('div', { class: 'note' }, 'Each dot is a complete trial: the Pareto front in blue, dominated trials in grey,'
      + ' infeasible trials (outside a constraint) as grey rings. Click a dot to open its trial.'),
    el('table', {}, el('thead', {}, head), body));
  let data = null, points = [];
  xSel.onchange = ySel.onchange = () => draw();
  canvas.addEventListener('click', ev => {
    const r = canvas.getBoundingClientRect();
    const mx = ev.clientX - r.left, my = ev.clientY - r.top;
    let best = null, bestD = 100;
    for (const p of points) {
      const d = (p.x - mx) ** 2 + (p.y - my) ** 2;
      if (d < bestD) { best = p; bestD = d; }
    }
    if (best) openTrial(best.trial);
  });

  async function load() {
    data = await get(base + '/pareto');
    element.style.display = '';
    const names = data.objectives.map(o => o.metric);
    if (xSel.options.length !== names.length) {
      for (const s of [xSel, ySel]) s.replaceChildren(...names.map(n => el('option', { value: n }, n)));
      xSel.value = names[0]; ySel.value = names[1];
    }
    picker.style.display = names.length > 2 ? '' : 'none';
    hv.textContent = 'hypervolume ' + num(data.hypervolume) + ' against reference (' + data.reference.map(num).join(', ')
      + ')' + (data.referenceStated ? '' : ' (derived from the trials)') + ' · ' + data.pareto.length + ' of '
      + data.candidates + ' complete feasible trials on the front';
    head.replaceChildren(...['#', ...data.objectives.map(o => o.metric + (o.direction === 'maximize' ? ' ↑' : ' ↓')), 'Configuration']
      .map(h => el('th', {}, h)));
    body.replaceChildren(...data.pareto.map(t => el('tr', { class: 'click', onclick: () => openTrial(t.trial) },
      el('td', {}, t.trial), ...names.map(n => el('td', { class: 'num' }, num(t.values[n]))), el('td', {}, cfg(t.config)))));
    draw();
  }

  function draw() {
    if (!data) return;
    const xm = xSel.value, ym = ySel.value;
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth || 600, h = canvas.clientHeight || 300;
    canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
    const g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0); g.clearRect(0, 0, w, h); g.font = '11px system-ui, sans-serif';
    const box = { l: 64, r: w - 14, t: 12, b: h - 34 };
    const xs = data.trials.map(t => t.values[xm]), ys = data.trials.map(t => t.values[ym]);
    const xr = range(xs), yr = range(ys);
    const X = v => box.l + (v - xr[0]) / (xr[1] - xr[0]) * (box.r - box.l);
    const Y = v => box.b - (v - yr[0]) / (yr[1] - yr[0]) * (box.b - box.t);
    g.strokeStyle = '#e3e6ec'; g.fillStyle = '#6b7385';
    for (let i = 0; i <= 4; i++) {
      const yv = yr[0] + (yr[1] - yr[0]) * i / 4, xv = xr[0] + (xr[1] - xr[0]) * i / 4;
      g.beginPath(); g.moveTo(box.l, Y(yv)); g.lineTo(box.r, Y(yv)); g.stroke();
      g.textAlign = 'right'; g.fillText(fmt(yv), box.l - 6, Y(yv) + 4);
      g.textAlign = 'center'; g.fillText(fmt(xv), X(xv), box.b + 14);
    }
    g.fillText(xm, (box.l + box.r) / 2, h - 4);
    g.save(); g.translate(12, (box.t + box.b) / 2); g.rotate(-Math.PI / 2); g.fillText(ym, 0, 0); g.restore();
    points = [];
    const front = [];
    for (const t of data.trials) {
      const px = X(t.values[xm]), py = Y(t.values[ym]);
      points.push({ x: px, y: py, trial: t.trial });
      g.beginPath(); g.arc(px, py, t.front ? 4.5 : 3.5, 0, 2 * Math.PI);
      if (!t.feasible) { g.strokeStyle = GREY; g.stroke(); }
      else if (t.front) { front.push([px, py]); g.fillStyle = FRONT; g.fill(); }
      else { g.fillStyle = GREY; g.fill(); }
    }
    if (data.objectives.length === 2 && front.length > 1) {
      front.sort((a, b) => a[0] - b[0]);
      g.strokeStyle = FRONT; g.lineWidth = 1.2; g.beginPath(); g.moveTo(front[0][0], front[0][1]);
      for (let i = 1; i < front.length; i++) { g.lineTo(front[i][0], front[i - 1][1]); g.lineTo(front[i][0], front[i][1]); }
      g.stroke(); g.lineWidth = 1;
    }
    canvas.dataset.points = String(points.length);
    const first = data.trials.find(t => t.front);
    if (first) canvas.dataset.firstFront = first.trial + ':' + Math.round(X(first.values[xm])) + ':' + Math.round(Y(first.values[ym]));
    canvas.dataset.front = String(data.trials.filter(t => t.front).length);
  }

  return { element, load, draw };
}

function range(values) {
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!isFinite(lo)) return [0, 1];
  if (lo === hi) { const d = Math.abs(lo) * 0.05 || 0.5; return [lo - d, hi + d]; }
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

function fmt(v) {
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(1) : +v.toPrecision(3) + '';
}
