// The side panel (a bottom sheet on phones) showing a cited article: title, byline, source file and
// the full text, scrolled to the cited snippet in <mark>, the answering span in <strong>; "原版" for an
// article read off a scan.
import { el } from './dom.js';
import { article } from './api.js';
import { openScan } from './scan-view.js';

const panel = () => document.getElementById('panel');
let trigger = null;     // the element that opened the panel, focused again on close
let request = 0;        // only the latest open() may render

export function initPanel() {
  document.getElementById('panel-close').addEventListener('click', closePanel);
  document.getElementById('scrim').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel().hidden) { e.preventDefault(); closePanel(); }
  });
}

export function closePanel() {
  const p = panel();
  if (p.hidden) return;
  p.hidden = true;
  document.getElementById('scrim').hidden = true;
  markActive(null);
  document.body.classList.remove('panel-open');
  if (trigger && trigger.isConnected) trigger.focus();
  trigger = null;
}

/** Opens the article of a citation {articleId, title, source, snippet, start, end, highlight}. */
export async function openCitation(citation, from) {
  const mine = ++request;
  trigger = from || document.activeElement;
  markActive(from);
  const p = panel();
  const title = document.getElementById('panel-title');
  const subtitle = document.getElementById('panel-subtitle');
  const meta = document.getElementById('panel-meta');
  const body = document.getElementById('panel-text');

  title.textContent = citation.title || '';
  subtitle.hidden = true;
  meta.textContent = citation.source || '';
  body.replaceChildren(el('p', { class: 'loading', text: '正在打开原文…' }));
  p.hidden = false;
  document.getElementById('scrim').hidden = false;
  p.dataset.articleId = citation.articleId;
  document.body.classList.add('panel-open');
  document.getElementById('panel-body').focus({ preventScroll: true });

  let a;
  try {
    a = await article(citation.articleId);
  } catch (e) {
    if (mine !== request) return;
    body.replaceChildren(el('p', { class: 'error-text', role: 'alert', text: `无法打开原文：${e.message}` }),
      citation.snippet ? el('blockquote', { class: 'snippet-only' }, el('mark', { text: citation.snippet })) : null);
    return;
  }
  if (mine !== request) return;

  title.textContent = a.title || citation.title || '（无标题）';
  if (a.subtitle) { subtitle.textContent = a.subtitle; subtitle.hidden = false; }
  meta.replaceChildren(...metaParts(a));
  if (citation.scan) {
    meta.append(el('button', { type: 'button', class: 'chip scan-open', 'aria-haspopup': 'dialog',
      title: '查看原版扫描页，引文所在行用红框标出', onclick: (e) => openScan(citation, e.currentTarget) }, '原版'));
  }
  body.replaceChildren(...highlighted(a.text || '', citation));
  const mark = body.querySelector('mark');
  if (mark) {
    // wait for layout (the sheet animates in) before centring the snippet
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center', behavior: 'instant' }));
  }
}

/** The [n] or source that opened the panel stays marked while its article is shown. */
function markActive(button) {
  for (const b of document.querySelectorAll('.cite.active, .source.active')) {
    b.classList.remove('active');
    b.removeAttribute('aria-expanded');
  }
  if (button && button.matches('.cite, .source')) {
    button.classList.add('active');
    button.setAttribute('aria-expanded', 'true');
  }
}

function metaParts(a) {
  const parts = [];
  if (a.byline) parts.push(el('span', { class: 'byline', text: a.byline }));
  if (a.date) parts.push(el('span', { class: 'date', text: a.date }));
  parts.push(el('span', { class: 'file', text: a.source || '' }));
  return parts;
}

/** Article text as nodes, the snippet wrapped in <mark> and the answering span in <strong>. */
export function highlighted(text, citation) {
  let { start, end } = citation;
  const snippet = citation.snippet || '';
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
  if (!valid || (snippet && text.slice(start, end) !== snippet)) {
    // offsets do not match this text: find the snippet itself
    const at = snippet ? text.indexOf(snippet) : -1;
    if (at < 0) return [text];
    const shift = at - (valid ? start : at);
    start = at;
    end = at + snippet.length;
    citation = { ...citation, highlight: Array.isArray(citation.highlight)
      ? [citation.highlight[0] + shift, citation.highlight[1] + shift] : null };
  }
  let inner = [text.slice(start, end)];
  const h = citation.highlight;
  if (Array.isArray(h) && h.length === 2 && start <= h[0] && h[0] < h[1] && h[1] <= end) {
    inner = [text.slice(start, h[0]), el('strong', { class: 'answer-span', text: text.slice(h[0], h[1]) }), text.slice(h[1], end)];
  }
  return [text.slice(0, start), el('mark', {}, ...inner.filter((x) => x !== '')), text.slice(end)];
}
