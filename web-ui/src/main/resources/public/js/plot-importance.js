// Parameter importance from /api/studies/NAME/importance: horizontal bars, the method and any warning beside.
import { chart, emptyChart, escape } from './chart.js';

/** Draws {@code result} (the importance response) into {@code container}. */
export function importance(container, result) {
  const list = result.parameters.filter(p => p.importance > 0);
  if (!list.length) { emptyChart(container, result.trials ? 'No parameter explains the objective beyond noise yet' : 'No complete trial yet'); return; }
  const shown = list.slice(0, 12).reverse();
  chart(container).setOption({
    animation: false,
    grid: { left: 140, right: 30, top: 10, bottom: 30 },
    tooltip: { trigger: 'item', formatter: p => { const e = shown[p.dataIndex]; return '<b>' + escape(e.parameter) + '</b><br>' + (100 * e.importance).toFixed(1) + '% (omega² ' + e.omegaSquared.toFixed(3) + ', ' + e.bins + ' bins, present in ' + e.present + ' trials)'; } },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => Math.round(v * 100) + '%' } },
    yAxis: { type: 'category', data: shown.map(e => e.parameter.replace(/^arch\./, '')) },
    series: [{ type: 'bar', data: shown.map(e => e.importance), itemStyle: { color: '#2f6fde' } }],
  }, true);
}
