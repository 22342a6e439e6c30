// 报告: the normalized text with every extracted figure and promise highlighted in place; choosing one
// shows its fields and the section it sits in. The tables below list the same items (a way through
// them without reading the text) and export as CSV.
import {h, replace, announce, formatNumber} from '../dom.js';
import {get} from '../api.js';
import {nest, sectionsAt} from '../highlight.js';
import {dataTable, reportLink, errorBox, regionName} from '../components.js';
import {KIND, STATUS, STATUS_HINT, STRENGTH, DOC_TYPE, COMPARATOR, label} from '../labels.js';
import {statusBadge} from './search.js';

export function reportView(main, params, id) {
  replace(main, h('h2', {id: 'view-title', tabindex: -1}, '报告'), h('p', {class: 'loading'}, '正在加载…'));
  get(`/reports/${encodeURIComponent(id)}`, {include: 'text'})
    .then(detail => render(main, detail, params))
    .catch(e => replace(main, h('h2', {id: 'view-title', tabindex: -1}, '报告'),
      errorBox(e.status === 404 ? new Error(`没有编号为 ${id} 的报告（可能仍在处理中）`) : e)));
}

function render(main, detail, params) {
  const {report, sections, metrics, commitments} = detail;
  const text = detail.text || '';
  // A target figure belongs to the promise that names it: that promise gives its deadline, strength and status.
  const promiseOf = new Map();
  for (const c of commitments) for (const t of c.targets) if (t.metricId) promiseOf.set(t.metricId, c);

  const details = h('section', {class: 'details', id: 'details', tabindex: -1, 'aria-live': 'polite', 'aria-labelledby': 'details-title'},
    h('h3', {id: 'details-title'}, '详情'),
    h('p', {class: 'hint'}, '点击（或用 Tab 键选中后按回车）原文中高亮的数据或承诺，查看它的字段和所在章节。'));
  const marks = new Map();
  let selected = null;

  function choose(kind, item, {focusPanel = true} = {}) {
    selected?.removeAttribute('aria-current');
    selected = marks.get(`${kind}:${item.id}`) || null;
    selected?.setAttribute('aria-current', 'true');
    selected?.scrollIntoView({block: 'center', behavior: 'instant'});
    const where = sectionsAt(sections, item.start).map(s => s.heading);
    replace(details, h('h3', {id: 'details-title'}, kind === 'metric' ? '数据' : '承诺'),
      kind === 'metric' ? metricFields(item, promiseOf.get(item.id)) : commitmentFields(item),
      kind === 'metric' && promiseOf.has(item.id)
        ? h('p', {}, h('button', {type: 'button', class: 'link', onclick: () => choose('commitment', promiseOf.get(item.id))}, '查看它所属的承诺'))
        : null,
      h('dl', {class: 'fields'}, h('dt', {}, '所在章节'), h('dd', {class: 'section-path'}, where.length ? where.join(' › ') : '（正文开头，无章节标题）')),
      selected ? h('button', {type: 'button', onclick: () => selected.focus()}, '回到原文中的位置') : null);
    if (focusPanel) details.focus({preventScroll: true});
    announce(`${kind === 'metric' ? '数据' : '承诺'}：${item.indicator || item.text}`);
  }

  const spans = [
    ...commitments.map(c => ({...c, type: 'commitment'})),
    ...metrics.map(m => ({...m, type: 'metric'})),
  ];
  const article = h('article', {class: 'report-text', 'aria-label': '报告原文（已标注）'}, renderNodes(nest(text, spans)));

  function renderNodes(nodes) {
    return nodes.map(n => {
      if (typeof n === 'string') return n;
      const s = n.span;
      const kind = s.type;
      const name = kind === 'metric'
        ? `数据：${s.indicator}，${formatNumber(s.value)}${s.unit ?? ''}，${label(KIND, s.kind)}`
        : `承诺：${label(STATUS, s.status)}`;
      const mark = h('mark', {class: `hl ${kind}${kind === 'metric' ? ' kind-' + s.kind : ' status-' + s.status}`,
        tabindex: 0, role: 'button', title: name, 'aria-label': `${name}。原文：${text.slice(s.start, s.end)}`,
        dataset: {[kind]: s.id},
        onclick: e => { e.stopPropagation(); choose(kind, s); },
        onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); choose(kind, s); } }},
      renderNodes(n.children));
      marks.set(`${kind}:${s.id}`, mark);
      return mark;
    });
  }

  const meta = h('dl', {class: 'meta'},
    h('dt', {}, '地区'), h('dd', {}, regionName(report.regionCode, report.region)),
    h('dt', {}, '年度'), h('dd', {}, report.periodYear ?? '—'),
    h('dt', {}, '文种'), h('dd', {}, label(DOC_TYPE, report.docType)),
    h('dt', {}, '发布单位'), h('dd', {}, report.issuer || '—'),
    h('dt', {}, '发布日期'), h('dd', {}, report.publishedDate || '—'),
    h('dt', {}, '抽取'), h('dd', {}, `${metrics.length} 个数据，${commitments.length} 项承诺（抽取器 ${report.extractorVersion || '—'}）`),
    report.supersededBy ? [h('dt', {}, '已被取代'), h('dd', {}, reportLink(report.supersededBy, '查看新版本'))] : null,
    report.sourceUrl ? [h('dt', {}, '来源'), h('dd', {}, h('a', {href: report.sourceUrl, rel: 'noopener noreferrer'}, report.sourceUrl))] : null);

  const legend = h('p', {class: 'legend', 'aria-hidden': 'true'},
    h('mark', {class: 'hl metric kind-actual'}, '实际值'), ' ', h('mark', {class: 'hl metric kind-target'}, '目标值'), ' ',
    h('mark', {class: 'hl metric kind-change'}, '变化/其他'), ' ', h('mark', {class: 'hl commitment'}, '承诺'));

  const locate = (kind, item) => h('button', {type: 'button', class: 'link', onclick: () => choose(kind, item)}, '定位');
  const metricTable = dataTable({caption: `本报告的数据（${metrics.length}）`, csvName: `report-${report.id}-metrics`, rows: metrics, columns: [
    {label: '指标', value: m => m.indicator},
    {label: '指标ID', value: m => m.indicatorId},
    {label: '数值', value: m => m.value, cell: m => formatNumber(m.value)},
    {label: '单位', value: m => m.unit},
    {label: '类型', value: m => label(KIND, m.kind)},
    {label: '比较', value: m => m.comparator},
    {label: '年份', value: m => m.year},
    {label: '期限', value: m => promiseOf.get(m.id)?.due ?? ''},
    {label: '落实状态', value: m => promiseOf.has(m.id) ? label(STATUS, promiseOf.get(m.id).status) : ''},
    {label: '章节', value: m => sectionsAt(sections, m.start).map(s => s.heading).join(' › ')},
    {label: '原文', value: m => m.text, cell: m => [m.text, ' ', locate('metric', m)]},
  ]});
  const commitmentTable = dataTable({caption: `本报告的承诺（${commitments.length}）`, csvName: `report-${report.id}-commitments`, rows: commitments, columns: [
    {label: '承诺', value: c => c.text, cell: c => [c.text, ' ', locate('commitment', c)]},
    {label: '期限', value: c => c.due},
    {label: '目标', value: c => c.targets.map(targetText).join('；')},
    {label: '力度', value: c => label(STRENGTH, c.strength)},
    {label: '落实状态', value: c => label(STATUS, c.status), cell: c => statusBadge(c.status)},
    {label: '依据', value: c => c.evidenceReportId ? `${c.evidenceYear}年 ${formatNumber(c.evidenceValue)}` : ''},
  ]});

  replace(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/search'}, '检索'), ' › 报告'),
    h('h2', {id: 'view-title', tabindex: -1}, report.title || report.id),
    meta, legend,
    h('div', {class: 'report-layout'}, article, h('aside', {class: 'side'}, details)),
    metricTable, commitmentTable);

  const chosen = params.m ? metrics.find(m => m.id === params.m) : params.c ? commitments.find(c => c.id === params.c) : null;
  if (chosen) choose(params.m ? 'metric' : 'commitment', chosen, {focusPanel: false});
}

function targetText(t) {
  return `${t.indicator ?? ''}${COMPARATOR[t.comparator] ?? t.comparator ?? ''}${formatNumber(t.value)}${t.valueHigh != null ? '–' + formatNumber(t.valueHigh) : ''}${t.unit ?? ''}`;
}

function value(m) {
  return `${formatNumber(m.value)}${m.valueHigh != null ? '–' + formatNumber(m.valueHigh) : ''}`;
}

function metricFields(m, promise) {
  return h('dl', {class: 'fields'},
    h('dt', {}, '指标'), h('dd', {class: 'f-indicator'}, m.indicator || '—'),
    h('dt', {}, '指标ID'), h('dd', {class: 'f-indicatorId'}, m.indicatorId || '（目录外）'),
    h('dt', {}, '数值'), h('dd', {class: 'f-value'}, value(m)),
    h('dt', {}, '单位'), h('dd', {class: 'f-unit'}, m.unit || '—'),
    h('dt', {}, '类型'), h('dd', {class: 'f-kind'}, label(KIND, m.kind)),
    h('dt', {}, '比较'), h('dd', {class: 'f-comparator'}, m.comparator ? `${m.comparator}（${label(COMPARATOR, m.comparator)}）` : '—'),
    h('dt', {}, '年份'), h('dd', {class: 'f-year'}, m.year ?? '—'),
    h('dt', {}, '期限'), h('dd', {class: 'f-deadline'}, promise ? deadlines(promise) : '—'),
    h('dt', {}, '力度'), h('dd', {class: 'f-strength'}, promise ? label(STRENGTH, promise.strength) : '—'),
    h('dt', {}, '落实状态'), h('dd', {class: 'f-status'}, promise ? followThrough(promise) : '—（不是承诺的目标）'),
    h('dt', {}, '地区'), h('dd', {}, m.region || '—'),
    m.baseline != null ? [h('dt', {}, '基数'), h('dd', {}, formatNumber(m.baseline))] : null,
    h('dt', {}, '原文'), h('dd', {class: 'quote'}, m.text));
}

function commitmentFields(c) {
  const t = c.targets[0];
  return h('dl', {class: 'fields'},
    h('dt', {}, '承诺'), h('dd', {class: 'quote'}, c.text),
    h('dt', {}, '指标'), h('dd', {class: 'f-indicator'}, t?.indicator || c.object || '—'),
    h('dt', {}, '目标'), h('dd', {class: 'f-value'}, c.targets.length ? c.targets.map(targetText).join('；') : '—（无量化目标）'),
    h('dt', {}, '期限'), h('dd', {class: 'f-deadline'}, deadlines(c)),
    h('dt', {}, '力度'), h('dd', {class: 'f-strength'}, label(STRENGTH, c.strength)),
    h('dt', {}, '落实状态'), h('dd', {class: 'f-status'}, followThrough(c)),
    h('dt', {}, '动作'), h('dd', {}, c.action || '—'),
    h('dt', {}, '主题'), h('dd', {}, c.topic || '—'),
    h('dt', {}, '责任主体'), h('dd', {}, c.owner || '—'));
}

function deadlines(c) {
  if (!c.deadlines.length) return '—（未写明期限）';
  return c.deadlines.map(d => d.date ? `${d.raw}（${d.date}）` : d.raw).join('；');
}

function followThrough(c) {
  return h('span', {}, statusBadge(c.status), ' ', h('span', {class: 'hint'}, STATUS_HINT[c.status] || ''),
    c.evidenceReportId ? h('span', {class: 'settled'}, ' 依据：',
      reportLink(c.evidenceReportId, `${c.evidenceYear}年 ${formatNumber(c.evidenceValue)}`, {m: c.evidenceMetricId})) : null);
}
