// 承诺到期: the promises due in a window, with their follow-through status and the later figure that settled each.
import {h, field, select, replace, announce, formatNumber} from '../dom.js';
import {all} from '../api.js';
import {navigate} from '../router.js';
import {regionPicker, dataTable, errorBox, reportLink, regionName} from '../components.js';
import {STATUS, STATUS_HINT, STRENGTH, COMPARATOR, label, options} from '../labels.js';
import {statusBadge} from './search.js';

export function defaultWindow(today = new Date()) {
  const y = today.getFullYear();
  return {dueAfter: `${y - 3}-01-01`, dueBefore: `${y + 1}-12-31`};
}

export function dueView(main, params) {
  const window = defaultWindow();
  const from = h('input', {type: 'date', name: 'dueAfter', value: params.dueAfter || window.dueAfter, required: true});
  const to = h('input', {type: 'date', name: 'dueBefore', value: params.dueBefore || window.dueBefore, required: true});
  const region = regionPicker({value: params.regionCode || ''});
  const status = select('status', options(STATUS), params.status);
  const form = h('form', {class: 'search-form', 'aria-label': '到期条件', onsubmit: e => {
    e.preventDefault();
    navigate('due', {dueAfter: from.value, dueBefore: to.value, regionCode: region.value(), status: status.value});
  }}, h('div', {class: 'filters'}, field('到期日从', from), field('到', to), field('落实状态', status)), region,
  h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, '列出到期承诺')));
  const out = h('div', {class: 'results-area', 'aria-busy': 'true'}, h('p', {class: 'loading'}, '正在加载…'));
  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '到期的承诺及落实情况'), form, out);
  const q = {dueAfter: from.value, dueBefore: to.value, regionCode: params.regionCode, status: params.status, sort: 'due'};
  all('/commitments', q).then(({items, total}) => render(out, items, total, q))
    .catch(e => replace(out, errorBox(e))).finally(() => out.removeAttribute('aria-busy'));
}

function render(out, items, total, q) {
  const counts = Object.keys(STATUS).map(s => [s, items.filter(c => c.status === s).length]).filter(([, n]) => n);
  const summary = h('ul', {class: 'status-summary', 'aria-label': '按落实状态统计'},
    counts.map(([s, n]) => h('li', {title: STATUS_HINT[s]}, statusBadge(s), ` ${n}`)));
  const table = dataTable({caption: `${q.dueAfter} 至 ${q.dueBefore} 到期的承诺`, csvName: `due-${q.dueAfter}-${q.dueBefore}`, rows: items, columns: [
    {label: '期限', value: c => c.due},
    {label: '地区', value: c => regionName(c.regionCode, c.region)},
    {label: '承诺', value: c => c.text, cell: c => reportLink(c.reportId, c.text, {c: c.id})},
    {label: '目标', value: c => c.targets.map(t => `${t.indicator ?? ''}${COMPARATOR[t.comparator] ?? ''}${formatNumber(t.value)}${t.unit ?? ''}`).join('；')},
    {label: '力度', value: c => label(STRENGTH, c.strength)},
    {label: '落实状态', value: c => label(STATUS, c.status), cell: c => statusBadge(c.status)},
    {label: '依据（后续数据）', value: c => c.evidenceReportId ? `${c.evidenceYear}年 ${c.evidenceValue}` : '',
      cell: c => c.evidenceReportId ? reportLink(c.evidenceReportId, `${c.evidenceYear}年 ${formatNumber(c.evidenceValue)}`, {m: c.evidenceMetricId}) : '—'},
  ]});
  replace(out, h('p', {class: 'count'}, `共 ${total} 项${total > items.length ? `，显示前 ${items.length} 项` : ''}`), summary, table);
  announce(`${total} 项承诺在此期间到期`);
}
