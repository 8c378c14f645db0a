// Shared ECharts helpers (the library is served from the jar at /webjars/echarts/...): one chart per element,
// resized with its box; axis settings from a parameter's declared type; metric bounds; a trial tooltip.
// Reusable by any plot (history, curves, parallel coordinates, importance, a Pareto scatter).
/* global echarts */

export const COLORS = ['#2f6fde', '#e8833a', '#1f9d55', '#c04bc0', '#d14343', '#0fa3b1', '#8c6d1f', '#5b5fc7', '#7a9c2e', '#b5446e'];
export const GREY = '#a0a6b3';
export const ABSENT = 'absent';

/** The chart of a container element (created once, resized when the element's box changes). */
export function chart(container) {
  let c = echarts.getInstanceByDom(container);
  if (!c) {
    c = echarts.init(container, null, { renderer: 'canvas' });
    new ResizeObserver(() => c.resize()).observe(container);
  }
  return c;
}

/** Metrics that cannot exceed 1 (their axes stop at 1) and those that cannot go below 0. */
const AT_MOST_ONE = new Set(['accuracy', 'f1_macro', 'roc_auc', 'r2', 'test_accuracy']);
const AT_LEAST_ZERO = new Set(['accuracy', 'f1_macro', 'roc_auc', 'log_loss', 'mse', 'mae', 'loss', 'val_loss']);

/** Value-axis bounds for a metric: the data's range, padded by 5%, clipped to what the metric can take. */
export function metricBounds(metric) {
  const pad = v => (v.max - v.min) * 0.05 || Math.abs(v.max) * 0.05 || 0.05;
  return {
    min: v => { const m = v.min - pad(v); return AT_LEAST_ZERO.has(metric) ? Math.max(0, m) : m; },
    max: v => { const m = v.max + pad(v); return AT_MOST_ONE.has(metric) ? Math.min(1, m) : m; },
  };
}

/** A short number: 4 significant digits, exponent for tiny or huge values. */
export function short(v) {
  if (typeof v !== 'number') return String(v);
  const a = Math.abs(v);
  if (Number.isInteger(v) && a < 1e9) return String(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(2) : String(+v.toPrecision(4));
}

/**
 * Axis settings for a searched parameter as /api/studies/NAME/parameters describes it: log axes for log ranges,
 * category axes for categorical (numeric choices too) and constants, value axes at the declared range otherwise
 * (integer ticks for int ranges). A conditional numeric parameter gets an extra position below its range,
 * labelled "absent", for trials where it is inactive; {@code place(v)} maps a config value to its axis position.
 */
export function paramAxis(p) {
  if (p.type === 'categorical' || p.type === 'constant') {
    const data = p.values.map(String);
    if (p.conditional) data.push(ABSENT);
    return { axis: { type: 'category', data }, place: v => (v === undefined || v === null ? ABSENT : String(v)) };
  }
  const log = !!p.log;
  let min = p.low;
  if (p.conditional) min = log ? p.low / Math.pow(p.high / p.low, 0.12) : p.low - (p.high - p.low) * 0.12;
  const axis = { type: log ? 'log' : 'value', min, max: p.high, minInterval: p.type === 'int' ? 1 : undefined,
    axisLabel: { formatter: v => (p.conditional && Math.abs(v - min) <= Math.abs(min) * 1e-9 ? ABSENT : short(v)) } };
  if (log) axis.logBase = 10;
  return { axis, place: v => (v === undefined || v === null ? min : v) };
}

/** Tooltip text of a trial: number, state, value and configuration. */
export function trialText(t, metric) {
  const lines = ['<b>trial ' + t.number + '</b>' + (t.state ? ' · ' + t.state : '')];
  if (t.value !== undefined && t.value !== null) lines.push((metric || 'value') + ': ' + short(t.value));
  for (const [k, v] of Object.entries(t.config || {})) lines.push(escape(k) + ': ' + escape(short(v)));
  return lines.join('<br>');
}

export function escape(s) {
  return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/** An empty chart with a centred message. */
export function emptyChart(container, text) {
  chart(container).setOption({ title: { text, left: 'center', top: 'middle', textStyle: { color: '#6b7385', fontSize: 12, fontWeight: 'normal' } }, xAxis: [], yAxis: [], series: [] }, true);
}
