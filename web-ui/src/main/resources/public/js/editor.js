// The search-space editor: a textarea with line numbers, a file picker and drag-and-drop of a file, and a way to
// show the line an error's JSON pointer refers to.
import { el } from './ui.js';

/**
 * Builds the editor around the textarea {@code editor}; {@code onText()} runs after a file was loaded.
 * Returns {element, jumpTo(pointer)}: the block to insert, and a function selecting the line of a JSON pointer.
 */
export function spaceEditor(editor, onText) {
  const gutter = el('pre', { class: 'gutter', id: 'editor-lines', 'aria-hidden': 'true' });
  const picker = el('input', { type: 'file', id: 'space-file', accept: '.json,.yaml,.yml,application/json,text/yaml' });
  const fileNote = el('span', { class: 'muted', id: 'space-file-note' }, 'or drop a .json / .yaml file on the editor');
  editor.setAttribute('wrap', 'off'); // one text line per gutter number
  const wrap = el('div', { class: 'editor-wrap', id: 'editor-drop' }, gutter, editor);
  function numbers() {
    const n = editor.value.split('\n').length;
    gutter.textContent = Array.from({ length: n }, (_, i) => i + 1).join('\n');
    gutter.scrollTop = editor.scrollTop;
  }
  async function load(file) {
    if (!file) return;
    if (file.size > 1024 * 1024) { fileNote.textContent = file.name + ' is larger than 1 MB'; return; }
    editor.value = await file.text();
    fileNote.textContent = 'loaded ' + file.name;
    numbers();
    onText();
  }
  editor.addEventListener('input', numbers);
  editor.addEventListener('scroll', () => { gutter.scrollTop = editor.scrollTop; });
  picker.addEventListener('change', () => load(picker.files[0]));
  wrap.addEventListener('dragover', e => { e.preventDefault(); wrap.classList.add('dragging'); });
  wrap.addEventListener('dragleave', () => wrap.classList.remove('dragging'));
  wrap.addEventListener('drop', e => {
    e.preventDefault(); wrap.classList.remove('dragging');
    load(e.dataTransfer.files && e.dataTransfer.files[0]);
  });
  numbers();
  const element = el('div', {}, el('div', { class: 'pager' }, el('label', { for: 'space-file' }, 'Open a file '), picker, fileNote), wrap);
  return {
    element,
    refresh: numbers,
    /** Selects the line that {@code pointer} names in the editor's text and scrolls to it; returns the line (1-based). */
    jumpTo(pointer) {
      const line = lineOf(editor.value, pointer);
      const lines = editor.value.split('\n');
      const start = lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0);
      editor.focus();
      editor.setSelectionRange(start, start + lines[line - 1].length);
      const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 19;
      editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
      gutter.scrollTop = editor.scrollTop;
      return line;
    },
  };
}

/**
 * The 1-based line of the text that a JSON pointer names, for JSON and YAML: each key segment is looked for after
 * the previous one ({@code "key":} in JSON, {@code key:} in YAML); array indices count the elements' opening
 * lines only approximately, so an index falls back to its array's line. Line 1 when nothing matches.
 */
export function lineOf(text, pointer) {
  const segments = (pointer || '').split('/').slice(1).map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let pos = 0;
  for (const seg of segments) {
    if (/^\d+$/.test(seg)) continue;
    const esc = seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp('("' + esc + '"\\s*:)|(^|[\\s{,-])' + esc + '\\s*:', 'mg');
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    pos = m.index + m[0].length;
  }
  return text.slice(0, pos).split('\n').length;
}
