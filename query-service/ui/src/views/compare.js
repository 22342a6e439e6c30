// 地区对比: the regions of a province ranked by an indicator's actual figure in a year, the province's
// own figure marked across the bars; each bar opens its evidence.
import {h, field, replace, announce, formatNumber} from '../dom.js';
import {get} from '../api.js';
import {navigate} from '../router.js';
import {regionPicker, indicatorSelect, indicators, dataTable, evidencePanel, errorBox, reportLink, regionName} from '../components.js';

export function compareView(main, params) {
  const indicator = indicatorSelect(params.indicatorId, {required: true});
  const year = h('input', {type: 'number', name: 'year', min: 1900, max: 2200, step: 1, required: true, value: params.year || '', inputmode: 'numeric'});
  // Offer the indicator's latest year when none is typed yet.
  indicator.addEventListener('change', () => indicators().then(list => {
    const entry = list.find(i => i.id === indicator.value);
    if (entry?.lastYear && !year.value) year.value = entry.lastYear;
  }));
  const province = regionPicker({value: params.province || '', depth: 1, required: true, legend: '省份'});
  const form = h('form', {class: 'search-form', 'aria-label': '对比条件', onsubmit: e => {
    e.preventDefault();
    navigate('compare', {indicatorId: indicator.value, year: year.value, province: province.value()});
  }}, field('指标', indicator), field('年份', year), province,
  h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, '对比')));
  const out = h('div', {class: 'results-area'});
  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '地区对比'), form, out);
  if (!params.indicatorId || !params.year || !params.province) {
    return replace(out, h('p', {class: 'hint'}, '选择指标、年份和省份，按实际值给省内各地排序。'));
  }
  replace(out, h('p', {class: 'loading'}, '正在加载…'));
  load(params).then(data => render(out, data, params)).catch(e => replace(out, errorBox(e)));
}

async function load({indicatorId, year, province}) {
  const comparison = await get(`/indicators/${encodeURIComponent(indicatorId)}/compare`, {year, province});
  let own = comparison.regions.find(r => r.regionCode === province) || null;
  if (!own) {
    // The province's own figure, when one of its own reports states it (a province code also matches its cities: keep its own).
    const {items} = await get('/metrics', {indicatorId, regionCode: province, year, kind: 'actual', size: 500});
    const m = items.find(i => i.regionCode === province);
    if (m) own = {regionCode: m.regionCode, region: m.region, value: m.value, unit: m.unit, reportId: m.reportId, metricId: m.id, text: m.text};
  }
  // The province's own figure is the marker, not a bar: the bars are its regions, ranked among themselves.
  const regions = comparison.regions.filter(r => r.regionCode !== province).map((r, i) => ({...r, rank: i + 1}));
  return {regions, own};
}

function render(out, {regions, own}, params) {
  const where = regionName(params.province);
  if (!regions.length && !own) {
    return replace(out, h('p', {class: 'empty'}, `${where} ${params.year} 年没有各地的「${params.indicatorId}」实际值。`));
  }
  const evidence = evidencePanel();
  const max = Math.max(...regions.map(r => r.value), own ? own.value : 0) || 1;
  const pct = v => `${Math.max(0, (v / max) * 100).toFixed(2)}%`;
  const name = r => regionName(r.regionCode, r.region);
  const pick = (r, heading) => evidence.show({...r, kind: 'actual'}, heading);
  const bars = h('figure', {class: 'bars-chart'},
    h('figcaption', {}, `${where} ${params.year} 年 · 按实际值排序（${regions.length} 个地区）`),
    h('div', {class: 'bars-area'},
      own ? h('div', {class: 'own-line', style: `--f: ${Math.max(0, own.value / max).toFixed(4)}`, 'aria-hidden': 'true'},
        h('span', {}, `全省 ${formatNumber(own.value)}${own.unit ?? ''}`)) : null,
      h('ol', {class: 'bars', 'aria-label': '各地排名'}, regions.map(r => h('li', {},
        h('button', {type: 'button', class: 'bar-row', dataset: {region: r.regionCode},
          'aria-label': `第${r.rank}名 ${name(r)} ${formatNumber(r.value)}${r.unit ?? ''}${own ? (r.value >= own.value ? '，不低于全省' : '，低于全省') : ''}。查看出处`,
          onclick: () => pick(r, `第${r.rank}名 · ${name(r)}`)},
        h('span', {class: 'rank'}, r.rank),
        h('span', {class: 'name'}, regionName(r.regionCode, r.region).split(' › ').pop()),
        h('span', {class: 'track'}, h('span', {class: `fill${own && r.value < own.value ? ' below' : ''}`, style: `width: ${pct(r.value)}`})),
        h('span', {class: 'value'}, `${formatNumber(r.value)}${r.unit ?? ''}`)))))),
    own ? h('p', {class: 'own'}, h('button', {type: 'button', class: 'link', onclick: () => pick(own, `全省 · ${where}`)},
      `全省（${where}）自身的数字：${formatNumber(own.value)}${own.unit ?? ''}`), '，图中竖线标出。')
      : h('p', {class: 'hint'}, '没有找到全省自身的数字。'));
  const rows = [...regions.map(r => ({...r, own: false})), ...(own ? [{...own, rank: '', own: true}] : [])];
  const table = dataTable({caption: `${where} ${params.year} 年各地排名`, csvName: `compare-${params.indicatorId}-${params.year}-${params.province}`, rows, columns: [
    {label: '名次', value: r => r.own ? '全省' : r.rank},
    {label: '地区', value: r => name(r)},
    {label: '地区代码', value: r => r.regionCode},
    {label: '数值', value: r => r.value, cell: r => formatNumber(r.value)},
    {label: '单位', value: r => r.unit},
    {label: '报告', value: r => r.reportId, cell: r => reportLink(r.reportId, '查看', {m: r.metricId})},
    {label: '原文', value: r => r.text},
  ]});
  replace(out, h('div', {class: 'chart-layout'}, bars, evidence), table);
  announce(`${regions.length} 个地区已排序`);
}
