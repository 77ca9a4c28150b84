// The documents view: a dialog to add files (drag and drop or the file picker), follow each upload job
// file by file, list the indexed documents and delete one after confirming.
//  1. open: load the list; 2. files dropped or picked: upload with progress, then poll the job until done;
//  3. delete: the row asks to confirm in place, then a delete job runs and the list reloads.
import { listDocuments, uploadDocuments, jobReport, deleteDocument } from './documents-api.js';
import { el } from './dom.js';

const POLL_MS = 500;
const STATUS_TEXT = {
  queued: '排队中', checking: '检查中', indexing: '建立索引中', indexed: '已收录',
  deleted: '已删除', rejected: '未收录', failed: '失败',
};

const $ = (id) => document.getElementById(id);

function sizeText(bytes) {
  if (bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function untilDone(id, onReport) {
  for (;;) {
    const report = await jobReport(id);
    onReport(report);
    if (report.status === 'done') return report;
    await sleep(POLL_MS);
  }
}

export function initDocuments() {
  const dialog = $('documents');
  const drop = $('drop');
  const input = $('files');
  const replace = $('replace');
  const uploads = $('uploads');
  const list = $('doc-list');
  const message = $('doc-message');

  function say(text, kind = 'info') {
    message.textContent = text;
    message.dataset.kind = kind;
    message.hidden = !text;
  }

  let limits = null;   // {maxFileBytes, maxFiles, maxJobBytes} from the server

  /** The limit these files pass, named as the server would, or null: the browser cannot read an early 413. */
  function overLimit(files) {
    if (!limits) return null;
    if (files.length > limits.maxFiles) return `一次最多上传 ${limits.maxFiles} 个文件，这次有 ${files.length} 个。`;
    const big = files.find((f) => f.size > limits.maxFileBytes);
    if (big) return `“${big.name}”有 ${sizeText(big.size)}，超过每个文件 ${sizeText(limits.maxFileBytes)} 的上限。`;
    const total = files.reduce((n, f) => n + f.size, 0);
    if (total > limits.maxJobBytes) return `这些文件共 ${sizeText(total)}，超过一次上传 ${sizeText(limits.maxJobBytes)} 的上限。`;
    return null;
  }

  async function refresh() {
    try {
      const { documents, extensions, limits: l } = await listDocuments();
      limits = l;
      input.accept = extensions.join(',');
      list.replaceChildren(...documents.map(row));
      $('doc-count').textContent = `共 ${documents.length} 个文档`;
    } catch (e) {
      say(e.message, 'error');
    }
  }

  function row(doc) {
    const dates = doc.firstDate ? (doc.firstDate === doc.lastDate ? doc.firstDate : `${doc.firstDate} – ${doc.lastDate}`) : '';
    const actions = el('div', { class: 'doc-actions' });
    const item = el('li', { class: 'doc', 'data-source': doc.source },
      el('div', { class: 'doc-main' },
        el('span', { class: 'doc-name', text: doc.source }),
        el('span', { class: 'doc-meta', text: [`${doc.articles} 篇文章`, dates, sizeText(doc.bytes)].filter(Boolean).join(' · ') })),
      actions);
    const askDelete = el('button', { type: 'button', class: 'ghost danger', 'aria-label': `删除 ${doc.source}`,
      onclick: () => confirmDelete(doc, actions, askDelete) }, '删除');
    actions.append(askDelete);
    return item;
  }

  function confirmDelete(doc, actions, askDelete) {
    const yes = el('button', { type: 'button', class: 'danger', onclick: () => remove(doc, actions) }, '确定删除');
    const no = el('button', { type: 'button', class: 'ghost', onclick: () => { actions.replaceChildren(askDelete); askDelete.focus(); } }, '取消');
    actions.replaceChildren(el('span', { class: 'doc-confirm', role: 'alert', text: `删除“${doc.source}”及其 ${doc.articles} 篇文章？` }), yes, no);
    no.focus();
  }

  async function remove(doc, actions) {
    actions.replaceChildren(el('span', { class: 'doc-confirm', text: '正在删除…' }));
    try {
      const { job } = await deleteDocument(doc.source);
      const report = await untilDone(job, () => {});
      const f = report.files[0];
      say(f.status === 'deleted' ? `已删除“${doc.source}”。` : `删除失败：${f.reason || f.status}`, f.status === 'deleted' ? 'info' : 'error');
    } catch (e) {
      say(e.message, 'error');
    }
    await refresh();
    drop.focus();   // the row and its buttons are gone: keep the keyboard inside the dialog
  }

  async function upload(files) {
    if (!files.length) return;
    const refused = overLimit(files);
    say(refused || '', refused ? 'error' : 'info');
    if (refused) return;
    const progress = el('progress', { max: '1', value: '0', 'aria-label': '上传进度' });
    const rows = el('ul', { class: 'upload-files' });
    const box = el('li', { class: 'upload' }, el('p', { class: 'upload-title', text: `上传 ${files.length} 个文件` }), progress, rows);
    uploads.prepend(box);
    const show = (report) => rows.replaceChildren(...report.files.map((f) => el('li', { class: `upload-file status-${f.status}`, 'data-name': f.name },
      el('span', { class: 'doc-name', text: f.source || f.name }),
      el('span', { class: 'upload-status', text: STATUS_TEXT[f.status] || f.status }),
      f.status === 'indexed' ? el('span', { class: 'doc-meta', text: `${f.articles} 篇文章` }) : null,
      f.reason && f.status !== 'indexed' ? el('span', { class: 'upload-reason', text: f.reason }) : null)));
    try {
      const { job, report } = await uploadDocuments(files, { replace: replace.checked, onProgress: (p) => { progress.value = p; } });
      progress.value = 1;
      show(report);
      await untilDone(job, show);
    } catch (e) {
      progress.remove();
      rows.replaceChildren(el('li', { class: 'upload-file status-failed', text: e.message }));
    }
    await refresh();
  }

  $('open-documents').addEventListener('click', () => {
    // no stale rows while the list loads: a delete asked on one would be lost when the fresh list arrives
    list.replaceChildren();
    $('doc-count').textContent = '正在载入…';
    dialog.showModal();
    refresh();
  });
  $('close-documents').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  // Escape closes this dialog, not the article panel behind it (whose document listener would cancel the close)
  dialog.addEventListener('keydown', (e) => { if (e.key === 'Escape') e.stopPropagation(); });
  input.addEventListener('change', () => { upload([...input.files]); input.value = ''; });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  drop.addEventListener('click', (e) => { if (e.target === drop) input.click(); });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('over'); });
  }
  for (const type of ['dragleave', 'drop']) {
    drop.addEventListener(type, () => drop.classList.remove('over'));
  }
  drop.addEventListener('drop', (e) => { e.preventDefault(); upload([...e.dataTransfer.files]); });
}
