// 上传报告: drop files (text, HTML, DOCX, PDF) or choose them; each is sent to ingest-service (through
// query-service's relay) and followed until the query API answers for it.
import {h, field, replace, announce} from '../dom.js';
import {upload, ingestStatus, get} from '../api.js';
import {reportLink} from '../components.js';

const STEPS = [['uploaded', '已上传'], ['stored', '已存储'], ['published', '已发布'], ['extracted', '已抽取'], ['queryable', '可查询']];
const ACCEPT = '.txt,.text,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FOLLOW_FOR_MS = 3 * 60_000;

export function uploadView(main) {
  const list = h('ol', {class: 'uploads', 'aria-label': '上传的文件'});
  const key = h('input', {type: 'password', name: 'apiKey', autocomplete: 'off', value: sessionStorage.getItem('reportlens.apiKey') || ''});
  key.addEventListener('change', () => sessionStorage.setItem('reportlens.apiKey', key.value));
  const input = h('input', {type: 'file', id: 'file-input', multiple: true, accept: ACCEPT, class: 'file-input',
    onchange: () => { send([...input.files]); input.value = ''; }});
  const zone = h('div', {class: 'dropzone', id: 'dropzone'},
    h('p', {class: 'drop-title'}, '把报告文件拖到这里'),
    h('p', {}, '支持纯文本、HTML、DOCX、PDF；编码（UTF-8、GBK、Big5）自动识别。'),
    h('label', {for: 'file-input', class: 'button primary'}, '或选择文件…'), input);
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => {
    e.preventDefault();
    zone.classList.remove('over');
    send([...e.dataTransfer.files]);
  });

  function send(files) {
    for (const file of files) follow(file, key.value.trim(), list);
  }

  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '上传报告'), zone,
    h('details', {class: 'api-key'}, h('summary', {}, 'API 密钥（服务端要求时填写）'), field('X-API-Key', key)),
    h('h3', {}, '处理进度'), list);
}

async function follow(file, apiKey, list) {
  const state = h('span', {class: 'state'}, '正在上传…');
  const steps = h('ol', {class: 'steps', 'aria-hidden': 'true'}, STEPS.map(([id, text]) => h('li', {dataset: {step: id}}, text)));
  const item = h('li', {class: 'upload', dataset: {file: file.name}},
    h('p', {}, h('strong', {}, file.name), ` （${(file.size / 1024).toFixed(1)} KB）`), steps, h('p', {'aria-live': 'polite'}, state));
  list.prepend(item);
  const reach = step => {
    let done = true;
    for (const li of steps.children) {
      li.classList.toggle('done', done);
      if (li.dataset.step === step) done = false;
    }
    item.dataset.state = step;
  };
  const say = (text, cls) => { state.textContent = text; state.className = `state ${cls || ''}`; announce(`${file.name}：${text}`); };
  try {
    const {body} = await upload(file, apiKey);
    reach('uploaded');
    say(body.duplicate ? '内容与已存报告相同，使用已有报告。' : `已接收，编号 ${body.id}，等待处理…`);
    const started = Date.now();
    for (;;) {
      const s = await ingestStatus(body.id);
      if (s.stored) reach('stored');
      if (s.published) reach('published');
      if (s.extracted) {
        reach('extracted');
        const report = await get(`/reports/${encodeURIComponent(body.id)}`).catch(() => null);
        if (report) {
          reach('queryable');
          replace(state, '可查询：', reportLink(body.id, report.report.title || body.id),
            `（${report.metrics.length} 个数据，${report.commitments.length} 项承诺）`);
          state.className = 'state ok';
          announce(`${file.name} 已可查询`);
          return;
        }
      }
      if (s.state === 'failed') return say('发布失败：报告未能送往抽取服务。', 'bad');
      if (Date.now() - started > FOLLOW_FOR_MS) return say('三分钟内仍未处理完，请稍后在检索中查找。', 'bad');
      await new Promise(r => setTimeout(r, 700));
    }
  } catch (e) {
    item.dataset.state = 'failed';
    say(`上传失败（${e.status || '网络错误'}）：${e.message}`, 'bad');
  }
}
