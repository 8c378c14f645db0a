// Optimization history: objective per trial (a series per state), the best-so-far line, zoom, click opens a trial.
import { chart, metricBounds, trialText, short, GREY, emptyChart } from './chart.js';

/**
 * Draws {@code trials} ([{n, s, v, c}] from /history) and the exact best-so-far line {@code best} ([[n, v]]) of
 * {@code metric} into {@code container}; {@code onOpen(number)} opens a trial.
 */
export function history(container, { trials, best, metric, onOpen }) {
  const done = trials.filter(t => t.v !== null && t.v !== undefined);
  if (!done.length) { emptyChart(container, 'No finished trial with a value yet'); return; }
  const point = t => ({ value: [t.n, t.v], trial: { number: t.n, state: t.s, value: t.v, config: t.c } });
  const last = Math.max(...trials.map(t => t.n));
  const line = best.map(([n, v]) => [n, v]);
  if (line.length) line.push([last, line[line.length - 1][1]]);
  const c = chart(container);
  c.setOption({
    animation: false,
    legend: { top: 0, data: ['complete', 'pruned', 'best so far'] },
    grid: { left: 64, right: 20, top: 36, bottom: 64 },
    tooltip: { trigger: 'item', formatter: p => (p.data && p.data.trial ? trialText(p.data.trial, metric) : 'best so far: ' + short(p.value[1]) + ' at trial ' + p.value[0]) },
    xAxis: { type: 'value', name: 'trial', nameLocation: 'middle', nameGap: 26, min: 0, max: Math.max(1, last), minInterval: 1, axisLabel: { formatter: v => (Number.isInteger(v) ? String(v) : '') } },
    yAxis: Object.assign({ type: 'value', name: metric || 'value', nameLocation: 'middle', nameGap: 46, axisLabel: { formatter: short } }, metricBounds(metric)),
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 16, bottom: 4 }],
    series: [
      { name: 'complete', type: 'scatter', symbolSize: 7, data: done.filter(t => t.s === 'COMPLETE').map(point) },
      { name: 'pruned', type: 'scatter', symbolSize: 6, itemStyle: { color: GREY }, data: done.filter(t => t.s !== 'COMPLETE').map(point) },
      { name: 'best so far', type: 'line', step: 'end', symbol: 'none', lineStyle: { width: 2, color: '#e8833a' }, itemStyle: { color: '#e8833a' }, data: line, z: 1 },
    ],
  }, true);
  c.off('click');
  c.on('click', p => { if (p.data && p.data.trial && onOpen) onOpen(p.data.trial.number); });
}
