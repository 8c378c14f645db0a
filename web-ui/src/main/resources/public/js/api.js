// REST client: adds the bearer token, turns error bodies into exceptions, follows live events.
const KEY = 'automl.token';

export function token() { return localStorage.getItem(KEY) || ''; }
export function setToken(t) { if (t) localStorage.setItem(KEY, t.trim()); else localStorage.removeItem(KEY); }

/** The event the page listens to: a request got 401, so the token is missing or wrong. */
export const TOKEN_NEEDED = 'automl-token-needed';

function unauthorized(res) {
  if (res.status === 401) window.dispatchEvent(new CustomEvent(TOKEN_NEEDED));
  return res.status === 401;
}

export class ApiError extends Error {
  constructor(body) { super(body.message || ('HTTP ' + body.status)); this.status = body.status; this.errors = body.errors || []; }
}

function headers(extra) {
  const h = Object.assign({}, extra || {});
  if (token()) h['Authorization'] = 'Bearer ' + token();
  return h;
}

export async function api(method, path, body) {
  const res = await fetch(path, { method, headers: headers(body ? { 'Content-Type': 'text/plain' } : {}), body });
  unauthorized(res);
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { status: res.status, message: text }; }
  if (!res.ok) throw new ApiError(data || { status: res.status, message: res.statusText });
  return data;
}

export const get = (p) => api('GET', p);
export const post = (p, b) => api('POST', p, b);

/** Downloads a GET response as a file (with the token, which a plain link cannot carry). */
export async function download(path, fallbackName) {
  const res = await fetch(path, { headers: headers() });
  unauthorized(res);
  if (!res.ok) { const b = await res.json().catch(() => ({ status: res.status })); throw new ApiError(b); }
  const blob = await res.blob();
  const cd = res.headers.get('Content-Disposition') || '';
  const m = /filename="([^"]+)"/.exec(cd);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob); a.download = m ? m[1] : fallbackName;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/**
 * Calls onEvent for each live event of a study: server-sent events read through fetch (so the token
 * travels in a header), reconnecting from the last event seen, falling back to polling every 2 s when
 * streaming fails; a 401 (no valid token) stops it, and the page reloads once the token is entered.
 * Returns a stop function.
 */
export function follow(study, onEvent) {
  let stopped = false, after = 0;
  const ctrl = new AbortController();
  const base = '/api/studies/' + encodeURIComponent(study) + '/events';
  async function poll() {
    while (!stopped) {
      try {
        const r = await get(base + '?after=' + after);
        for (const e of r.events) { after = Math.max(after, e.seq); onEvent(e); }
      } catch (e) { if (e.status === 401) return; /* else the next poll retries */ }
      await new Promise(res => setTimeout(res, 2000));
    }
  }
  async function stream() {
    try {
      // a reconnect asks for the events it missed: the server replays those after the last one seen
      const url = after > 0 ? base + '?after=' + after : base;
      const res = await fetch(url, { headers: headers({ Accept: 'text/event-stream' }), signal: ctrl.signal });
      if (unauthorized(res)) return;
      if (!res.ok || !res.body) throw new Error('no stream');
      const reader = res.body.getReader();
      const dec = new TextDecoder();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i); buf = buf.slice(i + 2);
          const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n');
          if (data) { const e = JSON.parse(data); after = Math.max(after, e.seq); onEvent(e); }
        }
      }
      if (!stopped) setTimeout(stream, 1000);
    } catch (e) {
      if (!stopped) poll();
    }
  }
  stream();
  return () => { stopped = true; ctrl.abort(); };
}
