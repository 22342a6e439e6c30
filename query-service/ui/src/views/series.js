// 指标趋势: one indicator over the years in one region — actual figures and targets as two series, each
// target's deadline marked — and every point opens the sentence it came from.
import {h, field, replace, announce, formatNumber} from '../dom.js';
import {get, all} from '../api.js';
import {navigate, href} from '../router.js';
import {regionPicker, indicatorSelect, dataTable, evidencePanel, errorBox, reportLink, regionName} from '../components.js';
import {ticks, linear, valueDomain, yearRange} from '../chart.js';
import {KIND, label} from '../labels.js';

export function seriesView(main, params) {
  const indicator = indicatorSelect(params.indicatorId, {required: true});
  const region = regionPicker({value: params.regionCode || '', required: true});
  const form = h('form', {class: 'search-form', 'aria-label': '趋势条件', onsubmit: e => {
    e.preventDefault();
    navigate('series', {indicatorId: indicator.value, regionCode: region.value()});
  }}, field('指标', indicator), region, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, '绘制趋势')));
  const out = h('div', {class: 'results-area'});
  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '指标趋势'), form, out);
  if (!params.indicatorId) return replace(out, h('p', {class: 'hint'}, '选择指标和地区，查看历年实际值与目标值。'));
  if (!params.regionCode) return regionsWithData(out, params.indicatorId);
  replace(out, h('p', {class: 'loading'}, '正在加载…'));
  load(params.indicatorId, params.regionCode)
    .then(data => render(out, data, params))
    .catch(e => replace(out, errorBox(e)));
}

async function load(indicatorId, regionCode) {
  const series = await get(`/indicators/${encodeURIComponent(indicatorId)}/series`, {regionCode});
  const points = series.years.flatMap(y => [...y.actual, ...y.target]);
  // A target's deadline is its promise's: read the promises of the reports that set targets.
  const deadlines = new Map();
  const reports = [...new Set(points.filter(p => p.kind === 'target').map(p => p.reportId))];
  await Promise.all(reports.map(async reportId => {
    const {items} = await all('/commitments', {reportId});
    for (const c of items) for (const t of c.targets) if (t.metricId && c.due) deadlines.set(t.metricId, c.due);
  }));
  return {points: points.map(p => ({...p, deadline: deadlines.get(p.metricId) ?? null})), indicatorId, regionCode};
}

function render(out, {points}, params) {
  const name = points[0]?.indicator || params.indicatorId;
  const where = regionName(params.regionCode);
  if (!points.length) {
    replace(out, h('p', {class: 'empty'}, `${where} 没有「${params.indicatorId}」的数据。`));
    return regionsWithData(out, params.indicatorId, true);
  }
  const evidence = evidencePanel();
  const chart = lineChart(points, (p, text) => evidence.show(p, text), `${where}：${name}`);
  const table = dataTable({caption: `${where} · ${name}：历年数据`, csvName: `series-${params.indicatorId}-${params.regionCode}`,
    rows: [...points].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind)), columns: [
      {label: '年份', value: p => p.year},
      {label: '类型', value: p => label(KIND, p.kind)},
      {label: '数值', value: p => p.value, cell: p => formatNumber(p.value)},
      {label: '单位', value: p => p.unit},
      {label: '比较', value: p => p.comparator},
      {label: '期限', value: p => p.deadline},
      {label: '报告', value: p => p.reportId, cell: p => reportLink(p.reportId, '查看', {m: p.metricId})},
      {label: '原文', value: p => p.text},
    ]});
  replace(out, h('h3', {}, `${where} · ${name}`), h('div', {class: 'chart-layout'}, chart, evidence), table);
  announce(`趋势图：${points.length} 个数据点`);
}

const W = 720, H = 360, M = {top: 36, right: 24, bottom: 48, left: 64}, INSET = 56;

export function lineChart(points, onPick, title) {
  const deadlineYears = points.map(p => p.deadline && Number(p.deadline.slice(0, 4))).filter(Boolean);
  const years = yearRange([...points.map(p => p.year), ...deadlineYears]);
  const [lo, hi] = valueDomain(points.map(p => p.value));
  const step = years.length > 1 ? (W - M.left - M.right - 2 * INSET) / (years.length - 1) : 0;
  const x = year => years.length > 1 ? M.left + INSET + (year - years[0]) * step : (W + M.left - M.right) / 2;
  const y = linear([lo, hi], [H - M.bottom, M.top]);
  const unit = points.find(p => p.unit)?.unit ?? '';

  const series = kind => {
    const pts = points.filter(p => p.kind === kind).sort((a, b) => a.year - b.year);
    const byYear = new Map();
    for (const p of pts) if (!byYear.has(p.year)) byYear.set(p.year, p);
    return {pts, line: [...byYear.values()].map(p => `${x(p.year)},${y(p.value)}`).join(' ')};
  };
  const actual = series('actual');
  const target = series('target');

  const point = (p, shape) => {
    const text = `${p.year}年${label(KIND, p.kind)} ${formatNumber(p.value)}${p.unit ?? ''}${p.deadline ? `，期限 ${p.deadline}` : ''}`;
    const g = h('g', {class: `point ${p.kind}`, tabindex: 0, role: 'button', 'aria-label': `${text}。查看出处`,
      dataset: {metric: p.metricId, year: p.year},
      onclick: () => onPick(p, text),
      onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(p, text); } }},
    h('title', {}, text),
    h('circle', {class: 'hit', cx: x(p.year), cy: y(p.value), r: 14}),
    shape === 'diamond'
      ? h('polygon', {class: 'mark', points: diamond(x(p.year), y(p.value), 8)})
      : h('circle', {class: 'mark', cx: x(p.year), cy: y(p.value), r: 6}));
    return g;
  };

  const deadlines = [...new Map(points.filter(p => p.kind === 'target' && p.deadline).map(p => [p.deadline, p])).values()];
  return h('figure', {class: 'chart'},
    h('svg', {viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `${title}：实际值与目标值，按年份`},
      h('g', {class: 'axis y', 'aria-hidden': 'true'}, ticks(lo, hi).filter(t => t >= lo && t <= hi).map(t => [
        h('line', {x1: M.left, x2: W - M.right, y1: y(t), y2: y(t)}),
        h('text', {x: M.left - 8, y: y(t) + 4, 'text-anchor': 'end'}, formatNumber(t))]),
      h('text', {class: 'unit', x: M.left - 8, y: M.top - 16, 'text-anchor': 'end'}, unit)),
      h('g', {class: 'axis x', 'aria-hidden': 'true'}, years.map(yr =>
        h('text', {x: x(yr), y: H - M.bottom + 22, 'text-anchor': 'middle'}, `${yr}年`))),
      h('g', {class: 'deadlines'}, deadlines.map(p => {
        const dx = x(Number(p.deadline.slice(0, 4)));
        return h('g', {class: 'deadline', 'aria-hidden': 'true'},
          h('line', {x1: dx, x2: dx, y1: M.top - 4, y2: H - M.bottom}),
          h('text', {x: dx, y: M.top - 10, 'text-anchor': 'middle'}, `期限 ${p.deadline}`));
      })),
      h('polyline', {class: 'line actual', points: actual.line}),
      h('polyline', {class: 'line target', points: target.line}),
      h('g', {class: 'points actual', role: 'list', 'aria-label': '实际值'}, actual.pts.map(p => h('g', {role: 'listitem'}, point(p, 'circle')))),
      h('g', {class: 'points target', role: 'list', 'aria-label': '目标值'}, target.pts.map(p => h('g', {role: 'listitem'}, point(p, 'diamond'))))),
    h('figcaption', {class: 'chart-legend'},
      h('span', {class: 'key actual'}, '实际值'), h('span', {class: 'key target'}, '目标值'), h('span', {class: 'key deadline'}, '目标期限')));
}

function diamond(cx, cy, r) {
  return `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`;
}

/** The regions that have this indicator, as links: a start when no region is chosen or it has none. */
async function regionsWithData(out, indicatorId, keep = false) {
  const box = h('div', {class: 'hint'}, '正在查找有此指标数据的地区…');
  if (keep) out.append(box); else replace(out, box);
  try {
    const {items} = await all('/metrics', {indicatorId}, 1000);
    const regions = new Map();
    for (const m of items) if (m.regionCode) regions.set(m.regionCode, (regions.get(m.regionCode) || 0) + 1);
    replace(box, regions.size ? [h('p', {}, '有此指标数据的地区：'), h('ul', {class: 'chips'}, [...regions].map(([code, n]) =>
      h('li', {}, h('a', {href: href('series', {indicatorId, regionCode: code})}, `${regionName(code)}（${n}）`))))]
      : h('p', {}, '暂无任何地区有此指标的数据。'));
  } catch (e) {
    replace(box, errorBox(e));
  }
}
