// Pieces several views share: the region and indicator pickers, a table that exports itself as CSV,
// and the evidence panel a chart point opens.
import {h, field, replace, formatNumber} from './dom.js';
import {divisions} from './regions.js';
import {all, get} from './api.js';
import {download} from './csv.js';
import {KIND, label} from './labels.js';

/**
 * Province → prefecture → county selects; the value is the deepest code chosen (a province's or a
 * prefecture's code covers the regions under it in every query). depth 1 offers provinces only.
 */
export function regionPicker({value = '', depth = 3, required = false, legend = '地区'}) {
  const names = ['省份', '地市', '区县'];
  const selects = names.slice(0, depth).map((n, i) => h('select', {name: `region${i}`, required: required && i === 0}));
  const wrap = depth === 1 ? h('div', {class: 'region-picker'}, field(legend, selects[0]))
    : h('fieldset', {class: 'region-picker'}, h('legend', {}, legend), selects.map((s, i) => field(names[i], s)));
  const path = value ? divisions.path(value) : [];
  function fillLevel(i, parentCode, chosen) {
    const list = i === 0 ? divisions.provinces() : parentCode ? divisions.children(parentCode) : [];
    replace(selects[i], h('option', {value: ''}, i === 0 ? (required ? '请选择' : '全国') : '全部'),
      list.map(d => h('option', {value: d.code, selected: d.code === chosen}, d.name)));
    selects[i].disabled = i > 0 && !parentCode;
  }
  selects.forEach((s, i) => {
    fillLevel(i, i === 0 ? null : path[i - 1], path[i]);
    s.addEventListener('change', () => {
      for (let j = i + 1; j < selects.length; j++) fillLevel(j, j === i + 1 ? s.value : '', '');
    });
  });
  wrap.value = () => [...selects].reverse().map(s => s.value).find(v => v) || '';
  return wrap;
}

let catalog;
/** The indicator catalog (/api/indicators), most common first; fetched once per page load. */
export function indicators() {
  catalog ??= all('/indicators').then(r => r.items.sort((a, b) => b.metrics - a.metrics || a.name.localeCompare(b.name, 'zh')));
  return catalog;
}

export function indicatorSelect(value, {required = false, anyLabel = '不限'} = {}) {
  const s = h('select', {name: 'indicatorId', required}, h('option', {value: ''}, required ? '请选择指标' : anyLabel));
  indicators().then(list => {
    for (const i of list) {
      const years = i.firstYear ? `，${i.firstYear}${i.lastYear !== i.firstYear ? '–' + i.lastYear : ''}年` : '';
      s.append(h('option', {value: i.id, selected: i.id === value}, `${i.name}（${i.metrics}条${years}）`));
    }
    if (value && !list.some(i => i.id === value)) s.append(h('option', {value, selected: true}, value));
  }).catch(() => s.append(h('option', {value: '', disabled: true}, '指标目录暂不可用')));
  return s;
}

/**
 * A table of rows with a caption and an 导出 CSV button that saves exactly the rows and columns shown.
 * columns: [{label, value: row → plain value (CSV), cell?: row → node (screen)}]
 */
export function dataTable({caption, columns, rows, csvName, empty = '没有符合条件的结果。'}) {
  const exportButton = h('button', {type: 'button', class: 'export', disabled: rows.length === 0,
    onclick: () => download(csvName, columns, rows)}, `导出 CSV（${rows.length} 行）`);
  const table = rows.length === 0 ? h('p', {class: 'empty'}, empty) : h('div', {class: 'table-scroll', tabindex: 0,
    role: 'region', 'aria-label': caption},
  h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map(c => h('th', {scope: 'col'}, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, columns.map(c => h('td', {}, c.cell ? c.cell(r) : c.value(r) ?? '')))))));
  return h('section', {class: 'results', 'aria-label': caption}, h('div', {class: 'toolbar'}, exportButton), table);
}

export function reportLink(reportId, text, params = {}) {
  const q = new URLSearchParams(params).toString();
  return h('a', {href: `#/report/${encodeURIComponent(reportId)}${q ? '?' + q : ''}`}, text || reportId);
}

/** The figure behind a chart point or bar: its sentence, value and report, with a link into the report. */
export function evidencePanel() {
  const panel = h('section', {class: 'evidence', 'aria-live': 'polite', 'aria-label': '数据出处', tabindex: -1},
    h('p', {class: 'hint'}, '选择图中的点或条形，查看它出自哪份报告的哪句话。'));
  panel.show = async (point, heading) => {
    const title = h('span', {}, point.reportId);
    replace(panel,
      h('h3', {}, heading),
      h('dl', {class: 'fields'},
        h('dt', {}, '数值'), h('dd', {}, `${formatNumber(point.value)}${point.unit ?? ''}`),
        point.kind ? [h('dt', {}, '类型'), h('dd', {}, label(KIND, point.kind))] : null,
        h('dt', {}, '原文'), h('dd', {class: 'quote'}, point.text || '—'),
        h('dt', {}, '报告'), h('dd', {}, reportLink(point.reportId, title, point.metricId ? {m: point.metricId} : {}))),
      h('p', {}, reportLink(point.reportId, '在报告原文中查看 →', point.metricId ? {m: point.metricId} : {})));
    panel.focus();
    try {
      const report = await get(`/reports/${encodeURIComponent(point.reportId)}`);
      title.textContent = report.report.title || point.reportId;
    } catch {
      // the id stays shown
    }
  };
  return panel;
}

export function errorBox(error) {
  return h('div', {class: 'error', role: 'alert'}, `出错了：${error.message}`);
}

export function regionName(code, fallback) {
  if (!code) return fallback || '—';
  return divisions.get(code) ? divisions.fullName(code) : (fallback || code);
}
