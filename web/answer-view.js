// One question/answer exchange in the chat log: the question, the streamed answer with clickable
// [n] citations, the compact list of sources, and the not-found and error variants.
import { el, icon, ICONS } from './dom.js';

const CITE = /\[(\d{1,3})\]/g;

/**
 * Creates the <li> of one exchange and returns an object that updates it as the answer streams.
 * @param {string} question
 * @param {(citation: object, trigger: HTMLElement) => void} openCitation
 * @param {(citation: object, trigger: HTMLElement) => void} [openScan] shows a cited article's page scan
 */
export function createExchange(question, openCitation, openScan = null) {
  const answerText = el('div', { class: 'answer-text', 'aria-live': 'polite', 'aria-busy': 'true' });
  const typing = el('div', { class: 'typing' }, el('span', { class: 'dots', 'aria-hidden': 'true' }, el('i'), el('i'), el('i')), el('span', { class: 'typing-label', text: '正在查找报纸…' }));
  const body = el('div', { class: 'bubble answer' }, typing, answerText);
  const item = el('li', { class: 'exchange' },
    el('div', { class: 'bubble question' }, el('p', { text: question })),
    body);

  let text = '';
  let citations = [];
  let noAnswer = false;
  let settled = 0;      // text[0, settled) is rendered for good; only the tail after it changes
  let tail = null;      // the text node showing text[settled, ...)
  const slowTimer = setTimeout(() => { typing.lastChild.textContent = '响应较慢，仍在等待服务器…'; }, 12000);

  function citationByN(n) {
    return citations.find((c) => c.n === n) || citations[n - 1];
  }

  /** Renders what is new; earlier nodes (and a focused [n] button) stay as they are. */
  function renderTail() {
    if (tail) tail.remove();
    const rest = text.slice(settled);
    let last = 0;
    for (const m of rest.matchAll(CITE)) {
      const citation = citationByN(Number(m[1]));
      if (!citation) continue;
      answerText.append(rest.slice(last, m.index), citeButton(citation, m[0], openCitation));
      last = m.index + m[0].length;
    }
    settled += last;
    tail = document.createTextNode(rest.slice(last));
    answerText.append(tail);
  }

  function renderAll() {
    answerText.replaceChildren();
    settled = 0;
    tail = null;
    renderTail();
  }

  return {
    element: item,
    get text() { return text; },

    /** The `citations` event: sources are known before the text arrives. */
    citations(payload) {
      citations = Array.isArray(payload.citations) ? payload.citations : [];
      noAnswer = !!payload.noAnswer;
    },

    delta(piece) {
      if (typing.isConnected) typing.remove();
      text += piece;
      renderTail();
    },

    /** The `done` event: the final answer replaces what streamed. */
    done(result) {
      clearTimeout(slowTimer);
      typing.remove();
      const streamed = text;
      if (typeof result.answer === 'string') text = result.answer;
      if (Array.isArray(result.citations)) citations = result.citations;
      noAnswer = !!result.noAnswer;
      if (text === streamed && answerText.firstChild) renderTail();
      else renderAll();
      answerText.setAttribute('aria-busy', 'false');
      if (noAnswer) {
        body.classList.add('noanswer');
        body.prepend(el('p', { class: 'noanswer-title' }, icon(ICONS.search, 18), '报纸里没有找到答案'));
        if (citations.length) {
          body.append(el('p', { class: 'related-title', text: '可能相关的文章' }),
            sourcesList(citations, openCitation, { related: true, openScan }));
        }
      } else if (citations.length) {
        body.append(el('p', { class: 'sources-title', text: `出处 · ${citations.length} 篇` }),
          sourcesList(citations, openCitation, { openScan }));
      }
      body.append(actions(text, citations, noAnswer, result.tookMs));
    },

    /** Replaces the waiting label, e.g. while a busy server is asked again. */
    waiting(label) {
      typing.lastChild.textContent = label;
    },

    /** Shows a failure inside the chat; retry(): asks again. */
    fail(message, retry) {
      clearTimeout(slowTimer);
      typing.remove();
      answerText.setAttribute('aria-busy', 'false');
      body.classList.add('failed');
      body.setAttribute('role', 'alert');
      const row = el('div', { class: 'error-row' },
        icon(ICONS.alert, 18),
        el('p', { class: 'error-text', text: message }));
      body.append(row);
      if (text) body.append(el('p', { class: 'partial-note', text: '以上是中断前收到的部分回答。' }));
      if (retry) {
        body.append(el('div', { class: 'actions' },
          el('button', { type: 'button', class: 'chip', onclick: retry }, icon(ICONS.retry), '重试')));
      }
    },

    /** The reader stopped the answer. */
    stopped() {
      clearTimeout(slowTimer);
      typing.remove();
      answerText.setAttribute('aria-busy', 'false');
      body.append(el('p', { class: 'partial-note', text: '已停止。' }));
    },
  };
}

/** A citation marker: a button whose text is "[n]". */
function citeButton(citation, label, openCitation) {
  return el('button', {
    type: 'button',
    class: 'cite',
    'data-n': citation.n,
    'aria-controls': 'panel',
    title: `${citation.title || ''}（${[citation.paper, citation.date, citation.source].filter(Boolean).join(' · ')}）`,
    'aria-label': `出处 ${citation.n}：${citation.title || ''}`,
    onclick: (e) => openCitation(citation, e.currentTarget),
  }, label);
}

function sourcesList(citations, openCitation, { related, openScan }) {
  return el('ol', { class: related ? 'sources related' : 'sources' },
    citations.map((c) => el('li', { class: c.scan && openScan ? 'has-scan' : null },
      el('button', {
        type: 'button',
        class: 'source',
        'data-n': c.n,
        'aria-controls': 'panel',
        onclick: (e) => openCitation(c, e.currentTarget),
      },
      el('span', { class: 'source-n', text: related ? '' : String(c.n) }),
      el('span', { class: 'source-main' },
        el('span', { class: 'source-title', text: c.title || '（无标题）' }),
        el('span', { class: 'source-file' }, icon(ICONS.doc, 13), c.source || '',
          c.date ? el('span', { class: 'source-date', text: ` · ${c.date}` }) : null,
          c.paper ? el('span', { class: 'source-paper', text: ` · ${c.paper}` }) : null),
        c.snippet ? el('span', { class: 'source-snippet', text: c.snippet }) : null)),
      c.scan && openScan ? scanButton(c, openScan) : null)));
}

/** "原版": the page scan the article was read from, the cited lines boxed. */
function scanButton(citation, openScan) {
  return el('button', {
    type: 'button',
    class: 'scan-open',
    'data-n': citation.n,
    'aria-haspopup': 'dialog',
    'aria-label': `查看原版扫描页：${citation.title || citation.source || ''}`,
    title: '查看原版扫描页，引文所在行用红框标出',
    onclick: (e) => openScan(citation, e.currentTarget),
  }, icon(ICONS.scan, 15), el('span', { text: '原版' }));
}

function actions(text, citations, noAnswer, tookMs) {
  const copy = el('button', { type: 'button', class: 'chip copy' }, icon(ICONS.copy), el('span', { text: '复制' }));
  copy.addEventListener('click', async () => {
    const ok = await copyText(plainText(text, citations, noAnswer));
    copy.replaceChildren(icon(ok ? ICONS.check : ICONS.alert), el('span', { text: ok ? '已复制' : '复制失败' }));
    setTimeout(() => copy.replaceChildren(icon(ICONS.copy), el('span', { text: '复制' })), 1800);
  });
  return el('div', { class: 'actions' },
    copy,
    Number.isFinite(tookMs) ? el('span', { class: 'took', text: `用时 ${(tookMs / 1000).toFixed(tookMs < 10000 ? 2 : 0)} 秒` }) : null);
}

/** The answer and its sources as plain text, for the clipboard. */
export function plainText(text, citations, noAnswer) {
  if (!citations.length) return text;
  const lines = citations.map((c) =>
    `[${c.n}] ${c.title || ''}（${c.source || ''}）${c.snippet ? '：' + c.snippet : ''}`);
  return `${text}\n\n${noAnswer ? '相关文章' : '出处'}：\n${lines.join('\n')}`;
}

async function copyText(value) {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const area = el('textarea', { class: 'visually-hidden', readonly: true });
    area.value = value;
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok;
  }
}
