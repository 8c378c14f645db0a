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
// integers as integers (exactly, up to 2^53); other numbers to 4 decimals, exponent when tiny or huge
export function num(v) {
  if (v === null || v === undefined) return '–';
  if (typeof v !== 'number') return String(v);
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return String(v);
  return Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : (+v.toFixed(4)).toString();
}
export function dur(s) {
  if (s === null || s === undefined) return '–';
  if (s < 60) return s.toFixed(1) + ' s';
  if (s < 3600) return Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
  return Math.floor(s / 3600) + ' h ' + Math.round((s % 3600) / 60) + ' min';
}
// local time with its time zone (a schedule's next fire must say which)
export function when(iso) { return iso ? new Date(iso).toLocaleString(undefined, { timeZoneName: 'short' }) : '–'; }
export function progress(done, total) {
  const pct = total ? Math.min(100, 100 * done / total) : 0;
  return el('span', {}, el('span', { class: 'progress' }, el('div', { style: 'width:' + pct + '%' })), ' ' + done + ' / ' + (total || '?'));
}
export function message(text) { return el('div', { class: 'msg' }, text); }
