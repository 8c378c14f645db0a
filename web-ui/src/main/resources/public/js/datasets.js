// The data panel of the new-study page: upload a file as a named data set (with a progress bar), preview the named
// data sets (a CSV's columns and first rows, an image set's classes and counts) and insert one's ref into the space.
import { get, token } from './api.js';
import { el, message } from './ui.js';

// uploads file as name with XMLHttpRequest (fetch reports no upload progress); resolves with the stored data set
function upload(file, name, bar) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/datasets?name=' + encodeURIComponent(name));
    if (token()) xhr.setRequestHeader('Authorization', 'Bearer ' + token());
    xhr.upload.onprogress = e => { if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; } };
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 201) resolve(body); else reject(new Error(body.message || ('upload failed: HTTP ' + xhr.status)));
    };
    xhr.onerror = () => reject(new Error('upload failed: the connection broke'));
    xhr.send(file);
  });
}

// the space in the editor with its dataset replaced by a ref to d (a JSON space; YAML is left to the user)
function withRef(text, d) {
  const space = JSON.parse(text || '{}');
  const old = space.dataset || {};
  const dataset = { ref: d.name };
  for (const k of ['split', 'normalize', 'limit']) if (old[k] !== undefined) dataset[k] = old[k];
  if (d.type === 'csv') dataset.label = d.columns.includes(old.label || 'label') ? (old.label || 'label') : d.columns[d.columns.length - 1];
  if (d.type === 'images') { dataset.height = old.height || 28; dataset.width = old.width || 28; dataset.channels = old.channels || 1; }
  space.dataset = dataset;
  return JSON.stringify(space, null, 2);
}

function preview(d) {
  if (d.type === 'csv') {
    return el('table', { class: 'preview', 'data-preview': d.name },
      el('thead', {}, el('tr', {}, d.columns.map(c => el('th', {}, c)))),
      el('tbody', {}, d.head.map(r => el('tr', {}, r.map(v => el('td', {}, v))))));
  }
  const box = el('div', { class: 'thumbs', 'data-preview': d.name }, Object.entries(d.perClass).map(([c, n]) =>
    el('span', { class: 'thumb-class', 'data-class': c }, el('span', { class: 'muted' }, c + ': ' + n + ' '))));
  if (d.type === 'images') {
    get('/api/datasets/' + encodeURIComponent(d.name) + '/thumbnails').then(({ classes }) => {
      for (const [c, urls] of Object.entries(classes)) {
        const span = box.querySelector('[data-class="' + CSS.escape(c) + '"]');
        if (span) urls.forEach(u => span.append(el('img', { src: u, alt: c, 'data-thumb': c })));
      }
    }).catch(() => {});
  }
  return box;
}

// the panel; editor is the space's textarea, changed() is called after a ref was inserted
export function dataPanel(editor, changed) {
  const list = el('div', { id: 'datasets' });
  const status = el('div', { id: 'dataset-status' });
  const file = el('input', { type: 'file', id: 'dataset-file', accept: '.csv,.zip' });
  const name = el('input', { id: 'dataset-name', placeholder: 'name', autocomplete: 'off' });
  const bar = el('progress', { id: 'dataset-progress', max: 1, value: 0 });
  file.addEventListener('change', () => {
    if (file.files[0] && !name.value) name.value = file.files[0].name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]/g, '-');
  });
  async function refresh() {
    const { datasets, maxUploadBytes } = await get('/api/datasets');
    file.title = 'CSV, zip of class folders or zip of an IDX pair, up to ' + Math.round(maxUploadBytes / 1048576) + ' MB';
    list.replaceChildren(...(datasets.length ? datasets.map(d => el('div', { class: 'dataset', 'data-dataset': d.name },
      el('b', {}, d.name), ' ', el('span', { class: 'muted' }, d.type + ' · ' + d.rows + (d.type === 'csv' ? ' rows · ' + d.columns.length + ' columns' : ' images · ' + d.classes.length + ' classes')),
      ' ', el('button', { class: 'secondary', 'data-insert-ref': d.name, onclick: () => {
        try { editor.value = withRef(editor.value, d); changed(); } catch (e) { status.replaceChildren(message('Insert the ref into a JSON space: ' + e.message)); }
      } }, 'Use in space'), preview(d)))
      : [el('span', { class: 'muted' }, 'No named data sets yet.')]));
  }
  const send = el('button', { id: 'dataset-upload', onclick: async () => {
    if (!file.files[0] || !name.value.trim()) { status.replaceChildren(message('Choose a file and a name.')); return; }
    send.disabled = true;
    status.replaceChildren();
    try {
      const d = await upload(file.files[0], name.value.trim(), bar);
      status.replaceChildren(el('p', { class: 'ok' }, '✓ stored ' + d.name + ' (' + d.type + ', ' + d.rows + (d.type === 'csv' ? ' rows)' : ' images)')));
      await refresh();
    } catch (e) {
      status.replaceChildren(message(e.message));
    } finally {
      send.disabled = false;
    }
  } }, 'Upload');
  refresh().catch(e => status.replaceChildren(message(e.message)));
  return el('div', { class: 'panel', id: 'data-panel' }, el('h2', {}, 'Your data'),
    el('div', { class: 'pager' }, file, name, send, bar), status, list);
}
