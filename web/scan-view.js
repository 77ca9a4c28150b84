// The scan view: a dialog showing the page image an article was read from (OCR), with the cited lines boxed.
//  1. open: GET /api/articles/{id}/scan?from=&to= (the citation's offsets) gives the pages and the boxes;
//  2. the page of the first box is fetched as an image; each box is a <span> placed in percent of the page,
//     so the boxes follow the image at any displayed size;
//  3. the first box is scrolled into view; "放大" switches between fitting the width and the sent size.
import { scan, scanImage } from './api.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
let trigger = null;     // the element that opened the view, focused again on close
let objectUrl = null;   // the page image shown, revoked when replaced or closed
let request = 0;        // only the latest open() may render

const pct = (part, whole) => `${(100 * part / whole).toFixed(3)}%`;

export function initScanView() {
  const dialog = $('scan');
  $('close-scan').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  // Escape closes this dialog, not the article panel behind it
  dialog.addEventListener('keydown', (e) => { if (e.key === 'Escape') e.stopPropagation(); });
  dialog.addEventListener('close', () => {
    request++;
    if (objectUrl) { URL.revokeObjectURL(objectUrl); objectUrl = null; }
    $('scan-image').removeAttribute('src');
    if (trigger && trigger.isConnected) trigger.focus();
    trigger = null;
  });
  $('scan-zoom').addEventListener('click', () => {
    const zoomed = $('scan-view').classList.toggle('zoomed');
    $('scan-zoom').setAttribute('aria-pressed', String(zoomed));
    $('scan-zoom').lastChild.textContent = zoomed ? '适应宽度' : '放大';
    const first = $('scan-page').querySelector('.scan-box');
    if (first) first.scrollIntoView({ block: 'center', inline: 'center' });
  });
}

/** Opens the scan of a citation {articleId, title, source, start, end} with its lines boxed. */
export async function openScan(citation, from) {
  const mine = ++request;
  const dialog = $('scan');
  trigger = from || document.activeElement;
  $('scan-title').textContent = citation.title ? `原版 · ${citation.title}` : '原版';
  $('scan-meta').textContent = citation.source || '';
  const image = $('scan-image');
  const page = $('scan-page');
  page.hidden = true;
  for (const b of page.querySelectorAll('.scan-box')) b.remove();
  say('正在打开原版…');
  if (!dialog.open) dialog.showModal();

  let url;
  let found;
  try {
    found = await scan(citation.articleId, citation.start, citation.end);
    const shown = found.boxes.length ? found.boxes[0].page : 0;
    url = await scanImage(citation.articleId, shown);
    found.shown = shown;
  } catch (e) {
    if (mine === request) say(`无法打开原版：${e.message}`, 'error');
    return;
  }
  if (mine !== request) { URL.revokeObjectURL(url); return; }

  const size = found.pages[found.shown];
  const boxes = found.boxes.filter((b) => b.page === found.shown);
  if (objectUrl) URL.revokeObjectURL(objectUrl);
  objectUrl = url;
  image.alt = `${citation.source || ''} 第 ${found.shown + 1} 页`;
  page.style.setProperty('--page-width', `${size.imageWidth}px`);
  page.append(...boxes.map((b, i) => box(b, size, i)));
  say(boxes.length
    ? `第 ${found.shown + 1} 页，共 ${found.pages.length} 页 · 红框标出引文所在的 ${boxes.length} 行`
    : `第 ${found.shown + 1} 页，共 ${found.pages.length} 页 · 没有找到引文所在的行`);
  await new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
    image.src = url;
  });
  if (mine !== request) return;
  page.hidden = false;
  const first = page.querySelector('.scan-box');
  if (first) requestAnimationFrame(() => first.scrollIntoView({ block: 'center', inline: 'center' }));
}

/** A box placed in percent of the page, so it scales with the displayed image. */
function box(b, size, i) {
  const node = el('span', { class: 'scan-box', 'data-n': i + 1, title: b.text || '' });
  node.style.left = pct(b.x, size.width);
  node.style.top = pct(b.y, size.height);
  node.style.width = pct(b.width, size.width);
  node.style.height = pct(b.height, size.height);
  return node;
}

function say(text, kind = 'info') {
  const message = $('scan-message');
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = !text;
}
