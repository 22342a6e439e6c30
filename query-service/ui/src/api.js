// The query API (same origin) and ingest-service's upload, which query-service relays under /ingest
// (see query-service/README.md: the page reaches ingest through its own origin).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function get(path, params) {
  return answer(await fetch(`/api${path}${query(params)}`, {headers: {Accept: 'application/json'}}));
}

/** Every page of a list (at most `limit` items): the page's selects and charts need whole answers. */
export async function all(path, params, limit = 2000) {
  const items = [];
  for (let page = 1; ; page++) {
    const got = await get(path, {...params, page, size: 500});
    items.push(...got.items);
    if (items.length >= got.total || got.items.length === 0 || items.length >= limit) return {items, total: got.total};
  }
}

const TYPES = {
  txt: 'text/plain', text: 'text/plain', htm: 'text/html', html: 'text/html', pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentType(file) {
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  return file.type || TYPES[ext] || 'application/octet-stream';
}

export async function upload(file, apiKey) {
  const headers = {'Content-Type': contentType(file), Accept: 'application/json'};
  if (apiKey) headers['X-API-Key'] = apiKey;
  const response = await fetch('/ingest/api/reports', {method: 'POST', headers, body: file});
  return {status: response.status, body: await answer(response)};
}

export async function ingestStatus(id) {
  return answer(await fetch(`/ingest/api/reports/${encodeURIComponent(id)}/status`, {headers: {Accept: 'application/json'}}));
}
