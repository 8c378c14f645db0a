// Learning curves: one line per trial (running ones grow live, dashed), legend with trial numbers, zoom, click opens.
import { chart, metricBounds, short, COLORS, GREY, emptyChart } from './chart.js';

/**
 * Draws {@code curves} ([{number, state, value, points: [[step, v]]}]) of {@code metric} into {@code container};
 * {@code onOpen(number)} opens a trial. Returns {@code addPoint(number, step, value)} to grow a running curve.
 */
export function curves(container, { curves, metric, epochs, onOpen }) {
  const withPoints = curves.filter(c => c.points.length);
  if (!withPoints.length) { emptyChart(container, 'No learning curve reported yet'); return () => {}; }
  const name = c => '#' + c.number + (c.state === 'RUNNING' ? ' (running)' : c.state === 'PRUNED' ? ' (pruned)' : '');
  const series = withPoints.map((c, i) => ({
    name: name(c), type: 'line', showSymbol: c.points.length < 40, symbolSize: 5, trial: c.number,
    lineStyle: { width: c.state === 'RUNNING' ? 2.5 : 1.5, type: c.state === 'RUNNING' ? 'dashed' : 'solid' },
    itemStyle: { color: c.state === 'PRUNED' ? GREY : COLORS[i % COLORS.length] },
    data: c.points.map(([s, v]) => [s, v]),
  }));
  const c = chart(container);
  c.setOption({
    animation: false,
    legend: { type: 'scroll', top: 0, data: series.map(s => s.name) },
    grid: { left: 64, right: 20, top: 36, bottom: 64 },
    tooltip: { trigger: 'item', formatter: p => 'trial ' + p.seriesName + '<br>epoch ' + p.value[0] + ': ' + (metric || 'value') + ' ' + short(p.value[1]) },
    xAxis: { type: 'value', name: 'epoch', nameLocation: 'middle', nameGap: 26, min: 1, max: epochs ? v => Math.max(v.max, Math.min(epochs, v.max + 1)) : undefined, minInterval: 1, axisLabel: { formatter: v => (Number.isInteger(v) ? String(v) : '') } },
    yAxis: Object.assign({ type: 'value', name: metric || 'value', nameLocation: 'middle', nameGap: 46, axisLabel: { formatter: short } }, metricBounds(metric)),
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 16, bottom: 4 }],
    series,
  }, true);
  c.off('click');
  c.on('click', p => { const s = series[p.seriesIndex]; if (s && onOpen) onOpen(s.trial); });
  return (number, step, value) => {
    const s = series.find(x => x.trial === number);
    if (!s) return false;
    if (!s.data.some(([x]) => x === step)) s.data.push([step, value]);
    c.setOption({ series: series.map(x => ({ data: x.data })) });
    return true;
  };
}
