import {describe, expect, it} from 'vitest';
import {nest, sectionsAt} from '../src/highlight.js';

// Flattens the tree back to marked-up text: [c:...] for a commitment, {m:...} for a metric.
function show(nodes) {
  return nodes.map(n => typeof n === 'string' ? n
    : n.span.type === 'commitment' ? `[${show(n.children)}]` : `{${show(n.children)}}`).join('');
}

describe('nest', () => {
  const text = '年内签约率达到75%以上。床位5.1张。';

  it('puts a target figure inside the promise that holds it, and keeps every character', () => {
    const nodes = nest(text, [
      {id: 'c1', type: 'commitment', start: 0, end: 13},
      {id: 'm1', type: 'metric', start: 2, end: 12},
      {id: 'm2', type: 'metric', start: 13, end: 19},
    ]);
    expect(show(nodes)).toBe('[年内{签约率达到75%以上}。]{床位5.1张}。');
  });

  it('cuts a span that only partly overlaps an earlier one at that span’s end', () => {
    const nodes = nest(text, [
      {id: 'a', type: 'metric', start: 0, end: 6},
      {id: 'b', type: 'metric', start: 4, end: 10},
    ]);
    expect(show(nodes)).toBe('{年内签约{率达}}到75%以上。床位5.1张。');
    expect(show(nodes).replace(/[{}[\]]/g, '')).toBe(text);
  });

  it('skips spans outside the text or empty, and orders the outer span first when two start together', () => {
    const nodes = nest(text, [
      {id: 'm', type: 'metric', start: 2, end: 12},
      {id: 'c', type: 'commitment', start: 2, end: 12},
      {id: 'bad', type: 'metric', start: 15, end: 99},
      {id: 'empty', type: 'metric', start: 3, end: 3},
    ]);
    expect(show(nodes)).toBe('年内[{签约率达到75%以上}]。床位5.1张。');
  });

  it('returns the plain text when nothing was extracted', () => {
    expect(nest(text, [])).toEqual([text]);
  });
});

describe('sectionsAt', () => {
  const sections = [
    {heading: '一、2023年工作开展情况', level: 1, start: 0, end: 100},
    {heading: '(一)医疗服务能力持续提升', level: 2, start: 10, end: 50},
    {heading: '二、存在的问题', level: 1, start: 100, end: 150},
  ];
  it('gives the headings holding an offset, outermost first', () => {
    expect(sectionsAt(sections, 20).map(s => s.heading)).toEqual(['一、2023年工作开展情况', '(一)医疗服务能力持续提升']);
    expect(sectionsAt(sections, 120).map(s => s.heading)).toEqual(['二、存在的问题']);
    expect(sectionsAt(sections, 200)).toEqual([]);
  });
});
