// Turns a text and the spans extracted from it (figures and promises, with start/end offsets into
// the normalized text) into a tree of text runs and marks, so every span can be shown in place.
// Spans nest (a promise's sentence holds its target figure); one that only partly overlaps an
// earlier span is cut at that span's end, so nothing is lost from view and the markup stays valid.

/** spans: [{start, end, ...}] → nodes: ['text' | {span, children: nodes}] */
export function nest(text, spans) {
  const valid = spans
    .filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map(s => ({...s}))
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const root = {end: text.length, children: [], start: 0};
  const stack = [root];
  for (const span of valid) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = Math.min(span.end, parent.end);
    if (end <= span.start) continue;
    const node = {span, start: span.start, end, children: []};
    parent.children.push(node);
    stack.push(node);
  }
  return fill(text, root);
}

function rank(span) {
  return span.type === 'commitment' ? 0 : 1;
}

function fill(text, node) {
  const out = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    out.push({span: child.span, children: fill(text, child)});
    at = child.end;
  }
  if (at < node.end) out.push(text.slice(at, node.end));
  return out;
}

/** The headings of the sections holding this offset, outermost first. */
export function sectionsAt(sections, offset) {
  return (sections || [])
    .filter(s => s.start <= offset && offset < s.end)
    .sort((a, b) => a.level - b.level || a.start - b.start);
}
