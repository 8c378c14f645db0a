// Canvas plots: optimization history, learning curves, parallel coordinates, parameter importance.
const COLORS = ['#2f6fde', '#e8833a', '#1f9d55', '#c04bc0', '#d14343', '#0fa3b1', '#8c6d1f', '#5b5fc7', '#7a9c2e', '#b5446e'];
const GREY = 'rgba(150,156,170,0.55)';

function setup(canvas) {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || 600, h = canvas.clientHeight || 300;
  canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, w, h);
  g.font = '11px system-ui, sans-serif';
  return { g, w, h };
}

function extent(values) {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  if (!isFinite(lo)) return [0, 1];
  if (lo === hi) { const d = Math.abs(lo) * 0.05 || 0.5; return [lo - d, hi + d]; }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

function fmt(v) {
  if (typeof v !== 'number') return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(1) : +v.toPrecision(3) + '';
}

/** Draws axes in a frame; returns {x(v), y(v), box}. */
function frame(p, xr, yr, xLabel, yLabel) {
  const { g, w, h } = p;
  const box = { l: 56, r: w - 14, t: 12, b: h - 34 };
  const x = v => box.l + (v - xr[0]) / (xr[1] - xr[0]) * (box.r - box.l);
  const y = v => box.b - (v - yr[0]) / (yr[1] - yr[0]) * (box.b - box.t);
  g.strokeStyle = '#e3e6ec'; g.fillStyle = '#6b7385'; g.lineWidth = 1;
  for (let i = 0; i <= 4; i++) {
    const yv = yr[0] + (yr[1] - yr[0]) * i / 4, py = y(yv);
    g.beginPath(); g.moveTo(box.l, py); g.lineTo(box.r, py); g.stroke();
    g.textAlign = 'right'; g.fillText(fmt(yv), box.l - 6, py + 4);
  }
  // x is a trial number or an epoch: whole-number ticks only
  const step = Math.max(1, Math.ceil((xr[1] - xr[0]) / 5));
  g.textAlign = 'center';
  for (let xv = Math.ceil(xr[0]); xv <= xr[1]; xv += step) g.fillText(String(xv), x(xv), box.b + 14);
  g.fillText(xLabel, (box.l + box.r) / 2, h - 4);
  g.save(); g.translate(12, (box.t + box.b) / 2); g.rotate(-Math.PI / 2); g.fillText(yLabel, 0, 0); g.restore();
  return { x, y, box };
}

function empty(p, text) {
  p.g.fillStyle = '#6b7385'; p.g.textAlign = 'center';
  p.g.fillText(text, p.w / 2, p.h / 2);
}

/**
 * Value per trial (pruned grey) and the best-so-far line; at most ~2000 dots drawn. {@code exactBest}
 * (pairs of trial number and value at each improvement, from the server) replaces the line computed from
 * {@code trials} when the server sent a sample.
 */
export function history(canvas, trials, direction, exactBest) {
  const p = setup(canvas);
  const pts = trials.filter(t => t.v !== null && t.v !== undefined);
  if (!pts.length) return empty(p, 'no finished trials yet');
  const better = direction === 'maximize' ? (a, b) => a > b : (a, b) => a < b;
  let best = []; let cur = null;
  for (const t of pts) if (t.s === 'COMPLETE' && (cur === null || better(t.v, cur))) { cur = t.v; best.push([t.n, cur]); }
  if (exactBest) best = exactBest;
  const f = frame(p, extent(pts.map(t => t.n)), extent(pts.map(t => t.v)), 'trial', 'objective');
  const stride = Math.max(1, Math.ceil(pts.length / 2000));
  for (let i = 0; i < pts.length; i += stride) {
    const t = pts[i];
    p.g.fillStyle = t.s === 'COMPLETE' ? 'rgba(47,111,222,0.75)' : GREY;
    p.g.beginPath(); p.g.arc(f.x(t.n), f.y(t.v), 3, 0, 2 * Math.PI); p.g.fill();
  }
  if (best.length) {
    p.g.strokeStyle = '#e8833a'; p.g.lineWidth = 2; p.g.beginPath();
    let lastY = f.y(best[0][1]);
    p.g.moveTo(f.x(best[0][0]), lastY);
    for (const [n, v] of best.slice(1)) { p.g.lineTo(f.x(n), lastY); lastY = f.y(v); p.g.lineTo(f.x(n), lastY); }
    p.g.lineTo(f.box.r, lastY); p.g.stroke();
  }
  legend(p, [['rgba(47,111,222,0.75)', 'complete'], [GREY, 'pruned'], ['#e8833a', 'best so far']]);
}

function legend(p, items) {
  let x = p.w - 14;
  p.g.textAlign = 'right';
  for (const [c, label] of items.slice().reverse()) {
    p.g.fillStyle = '#1d2330'; p.g.fillText(label, x, 22);
    x -= p.g.measureText(label).width + 6;
    p.g.fillStyle = c; p.g.fillRect(x - 10, 14, 10, 10);
    x -= 22;
  }
}

/** Intermediate value per step for the top trials (coloured) and pruned ones (grey). */
export function curves(canvas, list) {
  const p = setup(canvas);
  const all = list.flatMap(c => c.points);
  if (!all.length) return empty(p, 'no learning curves yet');
  const f = frame(p, extent(all.map(q => q[0])), extent(all.map(q => q[1])), 'epoch', 'intermediate value');
  let k = 0;
  const ordered = list.slice().sort((a, b) => (a.state === 'PRUNED') - (b.state === 'PRUNED')).reverse();
  for (const c of ordered) {
    const pruned = c.state === 'PRUNED';
    p.g.strokeStyle = pruned ? GREY : COLORS[k++ % COLORS.length];
    p.g.lineWidth = pruned ? 1 : 1.8;
    p.g.beginPath();
    c.points.forEach(([s, v], i) => i ? p.g.lineTo(f.x(s), f.y(v)) : p.g.moveTo(f.x(s), f.y(v)));
    p.g.stroke();
  }
}

function axisOf(trials, key) {
  const vals = trials.map(t => t.c[key]).filter(v => v !== undefined && v !== null);
  const numeric = vals.length > 0 && vals.every(v => typeof v === 'number');
  if (numeric) {
    const [lo, hi] = extent(vals);
    const log = lo > 0 && hi / lo > 50;
    const tf = v => log ? Math.log10(v) : v;
    const [a, b] = [tf(Math.max(lo, 1e-300)), tf(hi)];
    return { key, numeric, pos: v => v === undefined || v === null ? null : (tf(v) - a) / ((b - a) || 1), ticks: [fmt(lo), fmt(hi)] };
  }
  const cats = [...new Set(vals.map(String))].sort();
  return { key, numeric, pos: v => v === undefined || v === null ? null : (cats.indexOf(String(v)) + 0.5) / cats.length, ticks: cats };
}

/** One vertical axis per parameter plus the objective; one line per complete trial (at most 500, best kept). */
export function parallel(canvas, trials, params, direction) {
  const p = setup(canvas);
  let done = trials.filter(t => t.s === 'COMPLETE' && t.v !== null);
  if (!done.length || !params.length) return empty(p, 'no complete trials yet');
  done.sort((a, b) => direction === 'maximize' ? a.v - b.v : b.v - a.v);
  if (done.length > 500) done = done.slice(done.length - 500);
  const axes = params.map(k => axisOf(done, k));
  const [vlo, vhi] = extent(done.map(t => t.v));
  const box = { l: 64, r: p.w - 60, t: 34, b: p.h - 30 };
  const xs = i => box.l + i * (box.r - box.l) / axes.length;
  const yOf = f => box.b - f * (box.b - box.t);
  for (const t of done) {
    const q = (t.v - vlo) / ((vhi - vlo) || 1);
    const good = direction === 'maximize' ? q : 1 - q;
    p.g.strokeStyle = `hsla(${220 - 200 * good}, 75%, ${55 - 15 * good}%, ${0.25 + 0.6 * good})`;
    p.g.lineWidth = 1.2; p.g.beginPath();
    let first = true;
    axes.forEach((a, i) => {
      const f = a.pos(t.c[a.key]);
      if (f === null) { first = true; return; }
      if (first) p.g.moveTo(xs(i), yOf(f)); else p.g.lineTo(xs(i), yOf(f));
      first = false;
    });
    p.g.lineTo(xs(axes.length), yOf(q)); p.g.stroke();
  }
  p.g.strokeStyle = '#1d2330'; p.g.fillStyle = '#1d2330'; p.g.lineWidth = 1; p.g.textAlign = 'center';
  [...axes.map(a => ({ key: a.key, ticks: a.ticks })), { key: 'objective', ticks: [fmt(vlo), fmt(vhi)] }].forEach((a, i) => {
    const x = xs(i);
    p.g.beginPath(); p.g.moveTo(x, box.t); p.g.lineTo(x, box.b); p.g.stroke();
    const label = a.key.replace(/^arch\./, '');
    p.g.fillText(label.length > 16 ? '…' + label.slice(-15) : label, x, i % 2 ? box.t - 4 : box.t - 16);
    p.g.fillStyle = '#6b7385';
    p.g.fillText(a.ticks[0], x, box.b + 14);
    p.g.fillText(a.ticks[a.ticks.length - 1], x, box.b + 26);
    p.g.fillStyle = '#1d2330';
  });
}

/**
 * Parameter importance: the share of the objective's variance explained by each parameter's bins
 * (one bin per value when there are at most 6 distinct values, else up to 6 quantile bins of at least
 * 3 trials), i.e. the between-bin variance of
 * the mean objective divided by the total variance, over COMPLETE trials; normalized to sum to 1.
 */
export function importance(trials, params) {
  const done = trials.filter(t => t.s === 'COMPLETE' && t.v !== null);
  if (done.length < 3) return [];
  const mean = done.reduce((s, t) => s + t.v, 0) / done.length;
  const total = done.reduce((s, t) => s + (t.v - mean) ** 2, 0);
  const out = [];
  for (const k of params) {
    const have = done.filter(t => t.c[k] !== undefined && t.c[k] !== null);
    if (have.length < 2) { out.push({ param: k, score: 0 }); continue; }
    const bins = new Map();
    const distinct = new Set(have.map(t => String(t.c[k]))).size;
    if (distinct > 6 && have.every(t => typeof t.c[k] === 'number')) {
      // quantile bins with at least 3 trials each, so a bin never explains a single trial's value
      const sorted = have.slice().sort((a, b) => a.c[k] - b.c[k]);
      const n = Math.max(2, Math.min(6, Math.floor(sorted.length / 3)));
      sorted.forEach((t, i) => { const b = Math.floor(i * n / sorted.length); (bins.get(b) || bins.set(b, []).get(b)).push(t.v); });
    } else {
      have.forEach(t => { const b = String(t.c[k]); (bins.get(b) || bins.set(b, []).get(b)).push(t.v); });
    }
    let between = 0;
    for (const vs of bins.values()) { const m = vs.reduce((s, v) => s + v, 0) / vs.length; between += vs.length * (m - mean) ** 2; }
    out.push({ param: k, score: total > 0 ? between / total : 0 });
  }
  const sum = out.reduce((s, x) => s + x.score, 0) || 1;
  return out.map(x => ({ param: x.param, score: x.score / sum })).sort((a, b) => b.score - a.score);
}

export function importanceBars(canvas, list) {
  const p = setup(canvas);
  if (!list.length) return empty(p, 'needs at least 3 complete trials');
  const rows = list.slice(0, 12), rowH = Math.min(24, (p.h - 20) / rows.length), left = 170;
  rows.forEach((r, i) => {
    const y = 10 + i * rowH;
    p.g.fillStyle = '#1d2330'; p.g.textAlign = 'right';
    p.g.fillText(r.param.length > 26 ? '…' + r.param.slice(-25) : r.param, left - 8, y + rowH * 0.65);
    p.g.fillStyle = COLORS[0];
    p.g.fillRect(left, y + 3, Math.max(1, (p.w - left - 60) * r.score), rowH - 6);
    p.g.fillStyle = '#6b7385'; p.g.textAlign = 'left';
    p.g.fillText((100 * r.score).toFixed(1) + '%', left + 6 + (p.w - left - 60) * r.score, y + rowH * 0.65);
  });
}

/** A single learning curve (trial page). */
export function curve(canvas, points, state) {
  curves(canvas, [{ number: 0, state: state === 'PRUNED' ? 'PRUNED' : 'COMPLETE', points }]);
}
