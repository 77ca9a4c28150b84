// Talks to the Baowen HTTP API (see README: POST /api/chat, GET /api/articles/{id}, GET /health).
import { createSseParser } from './sse.js';

/** A failed call, with a message fit to show a reader. */
export class ApiError extends Error {
  constructor(message, { status = 0, code = 'network', retryAfter = 0 } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;   // seconds the server asked us to wait (503 busy), else 0
  }
}

const KEY_STORAGE = 'baowen.apiKey';

export function apiKey() {
  try { return sessionStorage.getItem(KEY_STORAGE) || ''; } catch { return ''; }
}

export function setApiKey(key) {
  try { sessionStorage.setItem(KEY_STORAGE, key); } catch { /* private mode: key lives for this call only */ }
}

function headers(extra = {}) {
  const h = { ...extra };
  const key = apiKey();
  if (key) h.Authorization = `Bearer ${key}`;
  return h;
}

async function errorOf(response) {
  let code = `http_${response.status}`;
  let message = '';
  try {
    const body = await response.json();
    if (body && body.error) {
      code = body.error.code || code;
      message = body.error.message || '';
    }
  } catch { /* not JSON: keep the status */ }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  return new ApiError(describe(response.status, code, message),
    { status: response.status, code, retryAfter: Number.isFinite(retryAfter) ? retryAfter : 0 });
}

function describe(status, code, message) {
  if (status === 401) return '服务器要求访问密钥（API key）。';
  if (code === 'busy') return '报问正忙，请稍后再问。';
  if (code === 'degraded') return `报问暂时无法回答：${message}`;
  if (status === 503 || code === 'not_ready') return '报问正在建立索引，请稍候片刻再问。';
  if (code === 'no_scan') return '这篇文章不是从扫描版识别的，没有原版可看。';
  if (code === 'scan_changed') return '扫描原版在收录后被更改了，重新建立索引后才能查看。';
  if (status === 404 && code === 'not_found') return `没有找到：${message || '请求的内容'}`;
  if (status === 408 || code === 'timeout') return '服务器等得太久了，请重试。';
  if (status === 413) return '问题太长了，请精简到 2000 字以内。';
  if (status === 429) return '提问太频繁了，请稍后再试。';
  if (status >= 500) return `服务器出错了（${status}）${message ? '：' + message : ''}`;
  return message ? `请求有误：${message}` : `请求失败（${status}）`;
}

async function fetchOrFail(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('无法连接到报问服务器，请确认服务正在运行，然后重试。');
  }
}

/**
 * Asks a question and streams the answer.
 * @param {{question: string, history: {role: string, content: string}[]}} body
 * @param {{signal?: AbortSignal, onCitations?: Function, onDelta?: Function}} handlers
 * @returns {Promise<{answer: string, noAnswer: boolean, citations: object[], tookMs: number}>}
 */
export async function ask(body, { signal, onCitations = () => {}, onDelta = () => {} } = {}) {
  const response = await fetchOrFail('api/chat', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
    body: JSON.stringify({ ...body, stream: true }),
    signal,
  });
  if (!response.ok) throw await errorOf(response);

  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('text/event-stream')) {          // a server that answered in one piece
    const done = await response.json();
    onCitations(done);
    onDelta(done.answer || '');
    return done;
  }

  let result = null;
  let failure = null;
  let text = '';
  const parser = createSseParser((event, data) => {
    let payload;
    try { payload = JSON.parse(data); } catch { return; }
    if (event === 'citations') onCitations(payload);
    else if (event === 'delta') { text += payload.text || ''; onDelta(payload.text || ''); }
    else if (event === 'done') result = payload;
    else if (event === 'error') {
      const err = payload.error || {};
      failure = new ApiError(`回答中途出错：${err.message || err.code || '未知错误'}`, { code: err.code || 'stream' });
    }
  });

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
      if (failure) break;
    }
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('连接中断了，回答没有收完，请重试。');
  }
  parser.push(decoder.decode());
  parser.end();
  if (failure) throw failure;
  if (!result) {
    if (text) return { answer: text, noAnswer: false, citations: null, tookMs: null, partial: true };
    throw new ApiError('服务器没有给出回答，请重试。');
  }
  return result;
}

const articles = new Map();

/** The full article {id, title, subtitle, byline, kind, source, date, text}; cached. */
export function article(id) {
  if (!articles.has(id)) {
    const p = fetchOrFail(`api/articles/${encodeURIComponent(id)}`, { headers: headers({ Accept: 'application/json' }) })
      .then(async (r) => { if (!r.ok) throw await errorOf(r); return r.json(); });
    p.catch(() => articles.delete(id));
    articles.set(id, p);
  }
  return articles.get(id);
}

/**
 * Where characters [from, to) of an article are printed on its scan (GET /api/articles/{id}/scan):
 * {pages: [{width, height, imageWidth}], boxes: [{page, x, y, width, height, angle, text}]}, in page pixels.
 */
export async function scan(id, from, to) {
  const range = Number.isInteger(from) && Number.isInteger(to) && from < to ? `?from=${from}&to=${to}` : '';
  const r = await fetchOrFail(`api/articles/${encodeURIComponent(id)}/scan${range}`, { headers: headers({ Accept: 'application/json' }) });
  if (!r.ok) throw await errorOf(r);
  return r.json();
}

/** One page of an article's scan as an object URL (fetched with the API key; revoke it when done). */
export async function scanImage(id, page) {
  const r = await fetchOrFail(`api/articles/${encodeURIComponent(id)}/scan/${page}`, { headers: headers({ Accept: 'image/jpeg' }) });
  if (!r.ok) throw await errorOf(r);
  return URL.createObjectURL(await r.blob());
}

/** {status: "indexing"|"ready", filesDone, filesTotal, articles, chunks}. */
export async function health() {
  const r = await fetchOrFail('health', { headers: headers({ Accept: 'application/json' }) });
  if (!r.ok) throw await errorOf(r);
  return r.json();
}

/** Example questions shipped with the page (web/examples.json). */
export async function examples() {
  const r = await fetch('examples.json');
  if (!r.ok) return [];
  const list = await r.json();
  return Array.isArray(list) ? list.filter((q) => typeof q === 'string') : [];
}
