// China's administrative divisions (GB/T 2260), the same table the engine resolves regions with: it is
// read at build time from the engine's gazetteer, so the page and the engine never disagree on a code.
import table from '../../../nlp-service/engine/src/main/resources/io/reportlens/engine/metadata/divisions.tsv?raw';

export function parseDivisions(tsv) {
  const byCode = new Map();
  const children = new Map();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, name, level, parent] = line.split('\t');
    byCode.set(code, {code, name, level, parent: parent || null});
    const key = parent || '';
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(code);
  }
  return {
    get: code => byCode.get(code),
    name: code => byCode.get(code)?.name ?? code,
    children: code => (children.get(code || '') || []).map(c => byCode.get(c)),
    provinces: () => (children.get('') || []).map(c => byCode.get(c)),
    /** The codes from the province down to this one. */
    path(code) {
      const out = [];
      for (let d = byCode.get(code); d; d = d.parent ? byCode.get(d.parent) : null) out.unshift(d.code);
      return out;
    },
    /** 河北省 › 衡水市 › 桃城区 */
    fullName(code) {
      const path = this.path(code);
      return path.length ? path.map(c => byCode.get(c).name).join(' › ') : code;
    },
  };
}

export const divisions = parseDivisions(table);
