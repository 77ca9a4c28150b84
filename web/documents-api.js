// The documents API (README: POST /api/documents, GET /api/jobs/{id}, GET /api/documents, DELETE /api/documents/{source}).
import { apiKey, ApiError } from './api.js';

function headers() {
  const key = apiKey();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function errorOf(status, text) {
  let message = '';
  try { message = JSON.parse(text).error.message || ''; } catch { /* not JSON */ }
  if (status === 401) return new ApiError('服务器要求访问密钥（API key）。', { status, code: 'unauthorized' });
  if (status === 403) return new ApiError(`服务器拒绝了这个操作：${message}`, { status, code: 'forbidden' });
  if (status === 413) return new ApiError(`文件太大或太多：${message}`, { status, code: 'payload_too_large' });
  if (status === 503) return new ApiError('报问正在启动，请稍候再试。', { status, code: 'not_ready' });
  return new ApiError(message ? `请求有误：${message}` : `请求失败（${status}）`, { status });
}

async function json(response) {
  const text = await response.text();
  if (!response.ok) throw await errorOf(response.status, text);
  return JSON.parse(text);
}

async function call(url, init = {}) {
  let response;
  try {
    response = await fetch(url, { ...init, headers: { ...headers(), ...(init.headers || {}) } });
  } catch {
    throw new ApiError('无法连接到报问服务器，请确认服务正在运行，然后重试。');
  }
  return json(response);
}

/** {documents:[{source, articles, firstDate, lastDate, bytes}], extensions, limits} */
export function listDocuments() {
  return call('/api/documents');
}

export function jobReport(id) {
  return call(`/api/jobs/${encodeURIComponent(id)}`);
}

export function deleteDocument(source) {
  return call(`/api/documents/${source.split('/').map(encodeURIComponent).join('/')}`, { method: 'DELETE' });
}

/**
 * Uploads files as one job; XMLHttpRequest because fetch cannot report upload progress.
 * @param onProgress called with the fraction sent, 0..1
 * @returns {Promise<{job, report}>}
 */
export function uploadDocuments(files, { replace = false, onProgress = () => {} } = {}) {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents${replace ? '?replace=true' : ''}`);
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = async () => {
      if (xhr.status === 202) resolve(JSON.parse(xhr.responseText));
      else reject(await errorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError('无法连接到报问服务器，请确认服务正在运行，然后重试。'));
    xhr.send(form);
  });
}
