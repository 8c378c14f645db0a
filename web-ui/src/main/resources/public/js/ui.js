// Small DOM helpers shared by the pages.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}
export const badge = s => el('span', { class: 'badge ' + s }, s);
export function num(v) { return v === null || v === undefined ? '–' : (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : (+v.toFixed(4)).toString()); }
export function dur(s) {
  if (s === null || s === undefined) return '–';
  if (s < 60) return s.toFixed(1) + ' s';
  if (s < 3600) return Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
  return Math.floor(s / 3600) + ' h ' + Math.round((s % 3600) / 60) + ' min';
}
export function when(iso) { return iso ? new Date(iso).toLocaleString() : '–'; }
export function progress(done, total) {
  const pct = total ? Math.min(100, 100 * done / total) : 0;
  return el('span', {}, el('span', { class: 'progress' }, el('div', { style: 'width:' + pct + '%' })), ' ' + done + ' / ' + (total || '?'));
}
export function message(text) { return el('div', { class: 'msg' }, text); }
