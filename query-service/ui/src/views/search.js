// 检索: reports, figures and promises, with filters for region (any level), year, indicator, kind and status.
import {h, field, select, replace, announce, formatNumber} from '../dom.js';
import {get} from '../api.js';
import {navigate} from '../router.js';
import {regionPicker, indicatorSelect, dataTable, reportLink, errorBox, regionName} from '../components.js';
import {KIND, STATUS, STRENGTH, DOC_TYPE, TYPE, label, options} from '../labels.js';
import {snippetNodes} from '../snippet.js';

const SIZE = 20;

const TYPES = [['report', '报告'], ['metric', '指标数据'], ['commitment', '承诺'], ['all', '全文（三类一起）']];

export function searchView(main, params) {
  const type = TYPES.some(([t]) => t === params.type) ? params.type : 'report';
  const page = Math.max(1, Number(params.page) || 1);

  const q = h('input', {type: 'search', name: 'q', value: params.q || '', required: type === 'all',
    placeholder: type === 'metric' ? '如：签约率' : '如：医共体、家庭医生'});
  const region = regionPicker({value: params.regionCode || ''});
  const year = h('input', {type: 'number', name: 'year', min: 1900, max: 2200, step: 1, value: params.year || '', inputmode: 'numeric'});
  const indicator = indicatorSelect(params.indicatorId);
  const kind = select('kind', options(KIND), params.kind);
  const status = select('status', options(STATUS), params.status);
  const docType = select('docType', options(DOC_TYPE), params.docType);

  const typeGroup = h('fieldset', {class: 'segmented'}, h('legend', {}, '检索对象'),
    TYPES.map(([value, text]) => h('label', {},
      h('input', {type: 'radio', name: 'type', value, checked: value === type,
        onchange: () => navigate('search', {type: value, q: q.value})}), text)));

  const qLabel = type === 'metric' ? '指标名称包含' : '关键词（全文）';
  const filters = type === 'all' ? [h('p', {class: 'hint'}, '全文检索同时查找报告、指标和承诺；按地区、年份等筛选请选择单一检索对象。')] : [
    region,
    field('年份', year, type === 'commitment' ? '报告所属年度' : type === 'metric' ? '数据所属年度' : '报告所属年度'),
    type === 'metric' ? [field('指标', indicator), field('数据类型', kind)] : null,
    type === 'commitment' ? field('落实状态', status) : null,
    type === 'report' ? field('文种', docType) : null,
  ];

  const form = h('form', {class: 'search-form', role: 'search', 'aria-label': '检索条件', onsubmit: e => {
    e.preventDefault();
    navigate('search', {type, q: q.value.trim(), regionCode: type === 'all' ? '' : region.value(), year: year.value,
      indicatorId: type === 'metric' ? indicator.value : '', kind: type === 'metric' ? kind.value : '',
      status: type === 'commitment' ? status.value : '', docType: type === 'report' ? docType.value : ''});
  }},
  typeGroup, field(qLabel, q), h('div', {class: 'filters'}, filters),
  h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, '检索'),
    h('a', {href: `#/search?type=${type}`, class: 'button'}, '清除条件')));

  const results = h('div', {class: 'results-area', 'aria-busy': 'true'}, h('p', {class: 'loading'}, '正在加载…'));
  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '检索报告、指标和承诺'), form, results);

  if (type === 'all' && !params.q) {
    replace(results, h('p', {class: 'hint'}, '输入关键词后检索。'));
    results.removeAttribute('aria-busy');
    return;
  }
  load(type, params, page).then(({caption, columns, rows, total}) => {
    replace(results, h('p', {class: 'count'}, `共 ${total} 条` + (total > SIZE ? `，第 ${page} / ${Math.ceil(total / SIZE)} 页` : '')),
      dataTable({caption, columns, rows, csvName: `search-${type}`}),
      pager(params, page, total));
    announce(`找到 ${total} 条结果`);
  }).catch(e => replace(results, errorBox(e))).finally(() => results.removeAttribute('aria-busy'));
}

function pager(params, page, total) {
  const pages = Math.ceil(total / SIZE);
  if (pages <= 1) return null;
  const go = p => navigate('search', {...params, page: p});
  return h('nav', {class: 'pager', 'aria-label': '翻页'},
    h('button', {type: 'button', disabled: page <= 1, onclick: () => go(page - 1)}, '上一页'),
    h('span', {}, `${page} / ${pages}`),
    h('button', {type: 'button', disabled: page >= pages, onclick: () => go(page + 1)}, '下一页'));
}

async function load(type, p, page) {
  const paging = {page, size: SIZE};
  if (type === 'report') {
    const r = await get('/reports', {q: p.q, regionCode: p.regionCode, year: p.year, docType: p.docType, sort: '-periodYear', ...paging});
    return {total: r.total, rows: r.items, caption: '报告', columns: [
      {label: '标题', value: x => x.title || x.id, cell: x => reportLink(x.id, x.title || x.id)},
      {label: '地区', value: x => regionName(x.regionCode, x.region)},
      {label: '年度', value: x => x.periodYear},
      {label: '文种', value: x => label(DOC_TYPE, x.docType)},
      {label: '发布日期', value: x => x.publishedDate},
      {label: '指标数', value: x => x.metricCount},
      {label: '承诺数', value: x => x.commitmentCount},
    ]};
  }
  if (type === 'metric') {
    const r = await get('/metrics', {indicator: p.q, indicatorId: p.indicatorId, kind: p.kind, regionCode: p.regionCode,
      year: p.year, sort: '-year', ...paging});
    return {total: r.total, rows: r.items, caption: '指标数据', columns: [
      {label: '指标', value: x => x.indicator, cell: x => reportLink(x.reportId, x.indicator, {m: x.id})},
      {label: '指标ID', value: x => x.indicatorId},
      {label: '数值', value: x => x.value, cell: x => formatNumber(x.value)},
      {label: '单位', value: x => x.unit},
      {label: '类型', value: x => label(KIND, x.kind)},
      {label: '年份', value: x => x.year},
      {label: '地区', value: x => x.region},
      {label: '原文', value: x => x.text},
    ]};
  }
  if (type === 'commitment') {
    const r = await get('/commitments', {q: p.q, regionCode: p.regionCode, year: p.year, status: p.status, sort: 'due', ...paging});
    return {total: r.total, rows: r.items, caption: '承诺', columns: [
      {label: '承诺', value: x => x.text, cell: x => reportLink(x.reportId, x.text, {c: x.id})},
      {label: '地区', value: x => x.region},
      {label: '年度', value: x => x.year},
      {label: '期限', value: x => x.due},
      {label: '力度', value: x => label(STRENGTH, x.strength)},
      {label: '落实状态', value: x => label(STATUS, x.status), cell: x => statusBadge(x.status)},
    ]};
  }
  const r = await get('/search', {q: p.q, ...paging});
  return {total: r.total, rows: r.items, caption: '全文检索结果', columns: [
    {label: '类型', value: x => label(TYPE, x.type)},
    {label: '报告', value: x => x.title, cell: x => reportLink(x.reportId, x.title || x.reportId,
      x.type === 'metric' ? {m: x.id} : x.type === 'commitment' ? {c: x.id} : {})},
    {label: '摘要', value: x => snippetNodes(x.snippet).map(n => n.textContent).join(''),
      cell: x => h('span', {class: 'snippet'}, snippetNodes(x.snippet))},
  ]};
}

export function statusBadge(status) {
  return h('span', {class: `badge status-${status || 'none'}`}, label(STATUS, status));
}
