// Baowen's web chat: wires the question box, the conversation and the article panel together.
//  1. on load: example questions, corpus size and indexing progress from /health
//  2. on send: POST /api/chat with the history, stream the answer into the log
//  3. on [n] or a source: open the article in the side panel at the cited snippet; on "原版" beside a source
//     read off a scan: the page image with the cited lines boxed
import { ask, health, examples, setApiKey, ApiError } from './api.js';
import { createExchange } from './answer-view.js';
import { initPanel, openCitation, closePanel } from './article-panel.js';
import { el } from './dom.js';
import { initDocuments } from './documents.js';
import { initScanView, openScan } from './scan-view.js';

const MAX_HISTORY_TURNS = 10;    // question/answer messages sent back as context, newest last

const $ = (id) => document.getElementById(id);
const form = $('ask');
const box = $('question');
const send = $('send');
const log = $('log');
const welcome = $('welcome');

let history = [];                // [{role: 'user'|'assistant', content}]
let running = null;              // {controller} of the answer being streamed

/** The server's limit on a question, in code points: an emoji counts once, though it is two UTF-16 units. */
const MAX_QUESTION = 2000;

/** Cuts the box to MAX_QUESTION code points (its maxlength counts UTF-16 units, so it leaves room for emoji). */
function keepToLimit() {
  if (box.value.length <= MAX_QUESTION) return;   // never more code points than units
  const chars = Array.from(box.value);
  if (chars.length > MAX_QUESTION) box.value = chars.slice(0, MAX_QUESTION).join('');
}

function autosize() {
  box.style.height = 'auto';
  box.style.height = `${Math.min(box.scrollHeight, 180)}px`;
}

function setBusy(busy) {
  send.classList.toggle('stop', busy);
  send.setAttribute('aria-label', busy ? '停止回答' : '发送');
  send.title = busy ? '停止回答' : '发送（Enter）';
  send.replaceChildren(svgFor(busy));
}

function svgFor(busy) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(ns, busy ? 'rect' : 'path');
  if (busy) { shape.setAttribute('x', '6'); shape.setAttribute('y', '6'); shape.setAttribute('width', '12'); shape.setAttribute('height', '12'); shape.setAttribute('rx', '2'); }
  else shape.setAttribute('d', 'M4 12l16-8-6 16-2.5-6.5L4 12z');
  shape.setAttribute('fill', 'currentColor');
  svg.append(shape);
  return svg;
}

function nearEnd() {
  return window.innerHeight + window.scrollY >= document.body.scrollHeight - 160;
}

/** Runs update(); follows the conversation down unless the reader had scrolled up to read. */
function following(update) {
  const stick = nearEnd();
  update();
  if (stick) window.scrollTo({ top: document.body.scrollHeight });
}

async function submit(question) {
  question = question.trim();
  if (!question || running) return;
  const chars = Array.from(question);       // code points, as the server counts them
  if (chars.length > MAX_QUESTION) question = chars.slice(0, MAX_QUESTION).join('');
  welcome.hidden = true;
  box.value = '';
  autosize();

  const exchange = createExchange(question, openCitation, openScan);
  log.append(exchange.element);
  window.scrollTo({ top: document.body.scrollHeight });

  const controller = new AbortController();
  running = { controller };
  setBusy(true);
  const sentHistory = history.slice(-MAX_HISTORY_TURNS);
  try {
    const result = await askRetryingOnce({ question, history: sentHistory, ...dateRange() }, {
      signal: controller.signal,
      onCitations: (p) => exchange.citations(p),
      onDelta: (t) => following(() => exchange.delta(t)),
    }, exchange);
    following(() => exchange.done(result));
    history.push({ role: 'user', content: question }, { role: 'assistant', content: result.answer || exchange.text });
  } catch (e) {
    following(() => {
      if (e.name === 'AbortError') exchange.stopped();
      else {
        const retry = () => { exchange.element.remove(); submit(question); };
        exchange.fail(e instanceof ApiError ? e.message : `出错了：${e.message}`, retry);
        if (e instanceof ApiError && e.status === 401) exchange.element.append(keyForm(retry));
        if (e instanceof ApiError && e.status === 503) watchHealth();
      }
    });
  } finally {
    running = null;
    setBusy(false);
  }
}

/** Asks; when the server is busy (503 busy) says so, waits as it asks (1..5 s) and tries once more. */
async function askRetryingOnce(body, handlers, exchange) {
  try {
    return await ask(body, handlers);
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'busy') throw e;
    exchange.waiting('报问正忙，正在重试…');
    await pause(Math.min(5, Math.max(1, e.retryAfter || 1)) * 1000, handlers.signal);
    return ask(body, handlers);
  }
}

/** Resolves after ms, or rejects with an AbortError when the reader stops. */
function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('stopped', 'AbortError')); }, { once: true });
  });
}

/** Shown after a 401: lets the reader enter the server's API key for this session. */
function keyForm(retry) {
  const input = el('input', { type: 'password', class: 'key-input', 'aria-label': '访问密钥', placeholder: '输入访问密钥' });
  return el('form', {
    class: 'key-form',
    onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) { setApiKey(input.value.trim()); e.currentTarget.remove(); retry(); } },
  }, input, el('button', { type: 'submit', class: 'chip', text: '使用密钥' }));
}

function newChat() {
  if (running) running.controller.abort();
  history = [];
  log.replaceChildren();
  closePanel();
  welcome.hidden = false;
  box.value = '';
  autosize();
  box.focus();
  window.scrollTo({ top: 0 });
}

async function showExamples() {
  const list = $('examples');
  let questions = [];
  try { questions = await examples(); } catch { questions = []; }
  list.replaceChildren(...questions.slice(0, 6).map((q) =>
    el('li', {}, el('button', { type: 'button', class: 'example', onclick: () => submit(q) }, q))));
  list.closest('section').querySelector('.examples-title').hidden = questions.length === 0;
}

/** Corpus size, and a progress line while the server is still indexing. */
async function watchHealth() {
  const status = $('status');
  try {
    const h = await health();
    if (Number.isFinite(h.articles)) $('corpus-size').textContent = ` 目前收录 ${h.articles} 篇文章。`;
    if (h.status === 'indexing') {
      status.hidden = false;
      status.className = 'status';
      status.textContent = `正在建立索引：${h.filesDone ?? 0} / ${h.filesTotal ?? '?'} 个文件，完成后即可提问。`;
      setTimeout(watchHealth, 2000);
    } else {
      status.hidden = true;
    }
  } catch (e) {
    status.hidden = false;
    status.className = 'status warn';
    status.textContent = e instanceof ApiError && e.status === 0 ? '暂时连不上服务器，稍后会自动重试。' : `服务器状态未知：${e.message}`;
    setTimeout(watchHealth, 5000);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (running) running.controller.abort();
  else submit(box.value);
});
box.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {   // IME composition uses Enter to confirm
    e.preventDefault();
    if (!running) submit(box.value);
  }
});
box.addEventListener('input', (e) => {
  if (!e.isComposing) keepToLimit();
  autosize();
});
$('new-chat').addEventListener('click', newChat);

/** #article=<id> opens that article in the panel: a link someone can share. */
function openFromHash() {
  const m = /^#article=(.+)$/.exec(location.hash);
  if (!m) return;
  let id;
  try { id = decodeURIComponent(m[1]); } catch { return; }
  openCitation({ articleId: id, title: '', source: '' }, null);
}

initPanel();
initDocuments();
initScanView();
openFromHash();
window.addEventListener('hashchange', openFromHash);
showExamples();
watchHealth();
box.focus();

/** The date range the reader chose under the question box: {from, to} as ISO dates, each only when set. */
function dateRange() {
  const range = {};
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  if (from) range.from = from;
  if (to) range.to = to;
  return range;
}
