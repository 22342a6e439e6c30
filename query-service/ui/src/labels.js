// Chinese labels for the API's codes.

export const KIND = {actual: '实际值', target: '目标值', change: '变化量', rank: '排名'};
export const STATUS = {
  met: '已达成', not_met: '未达成', pending: '待观察', no_evidence: '无后续数据', untracked: '未跟踪',
};
export const STATUS_HINT = {
  met: '后续报告的数据达到目标',
  not_met: '后续报告的数据未达到目标',
  pending: '期限未到，尚无后续数据',
  no_evidence: '期限已过，仍无后续数据',
  untracked: '无期限、无目标指标或无地区代码，无法跟踪',
};
export const STRENGTH = {firm: '刚性（确保、必须）', aspirational: '争取（力争）', normal: '一般'};
export const DOC_TYPE = {summary: '工作总结', plan: '工作计划', summary_and_plan: '总结及计划', speech: '讲话'};
export const COMPARATOR = {'=': '等于', '>=': '不低于', '>': '高于', '<=': '不高于', '<': '低于', '~': '约'};
export const TYPE = {report: '报告', metric: '指标数据', commitment: '承诺'};

export function label(map, code) {
  if (code === null || code === undefined || code === '') return '—';
  return map[code] ?? code;
}

export function options(map, anyLabel = '不限') {
  return [['', anyLabel], ...Object.entries(map)];
}
