// Parallel coordinates: one axis per searched parameter at its true range and scale, the objective last, colour key.
import { chart, paramAxis, trialText, short, emptyChart } from './chart.js';

/**
 * Draws complete {@code trials} ([{n, s, v, c}]) over the varying {@code params} (from /parameters) and the
 * objective {@code metric}; warmer lines are better for {@code direction}; {@code onOpen(number)} opens a trial.
 */
export function parallel(container, { trials, params, metric, direction, onOpen }) {
  const complete = trials.filter(t => t.s === 'COMPLETE' && t.v !== null && t.v !== undefined);
  if (!complete.length || !params.length) { emptyChart(container, 'No complete trial yet'); return; }
  const axes = params.map(p => paramAxis(p));
  const values = complete.map(t => t.v);
  const lo = Math.min(...values), hi = Math.max(...values);
  const parallelAxis = params.map((p, i) => Object.assign({ dim: i, name: p.name.replace(/^arch\./, ''), nameTextStyle: { fontSize: 10 } }, axes[i].axis));
  parallelAxis.push({ dim: params.length, name: metric || 'value', type: 'value', min: lo, max: hi === lo ? lo + 1 : hi, axisLabel: { formatter: short } });
  const data = complete.map(t => ({ value: params.map((p, i) => axes[i].place(t.c[p.name])).concat([t.v]), trial: { number: t.n, state: t.s, value: t.v, config: t.c } }));
  const c = chart(container);
  c.setOption({
    animation: false,
    parallel: { left: 40, right: 90, top: 40, bottom: 24 },
    parallelAxis,
    tooltip: { trigger: 'item', formatter: p => (p.data && p.data.trial ? trialText(p.data.trial, metric) : '') },
    visualMap: { type: 'continuous', precision: 3, dimension: params.length, min: lo, max: hi === lo ? lo + 1 : hi, right: 0, top: 40, itemHeight: 120, text: [direction === 'minimize' ? 'worse' : 'better', direction === 'minimize' ? 'better' : 'worse'], calculable: true, inRange: { color: direction === 'minimize' ? ['#d14343', '#f0b400', '#2f6fde'] : ['#2f6fde', '#f0b400', '#d14343'] } },
    series: [{ type: 'parallel', lineStyle: { width: 1.5, opacity: 0.7 }, emphasis: { lineStyle: { width: 3, opacity: 1 } }, data }],
  }, true);
  c.off('click');
  c.on('click', p => { if (p.data && p.data.trial && onOpen) onOpen(p.data.trial.number); });
}
