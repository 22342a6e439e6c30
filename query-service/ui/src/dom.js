// A small element builder: h('a', {href: '#/x', class: 'y'}, '文本', child). No framework.

export function h(tag, attrs = {}, ...children) {
  const svg = SVG_TAGS.has(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.setAttribute('class', value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key in el && !svg && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const SVG_TAGS = new Set(['svg', 'g', 'line', 'polyline', 'circle', 'rect', 'path', 'text', 'title', 'desc', 'polygon']);

/** A labelled form field: <label for> + control, so screen readers announce every control. */
let nextId = 0;
export function field(labelText, control, hint) {
  if (!control.id) control.id = `f${++nextId}`;
  const hintEl = hint ? h('span', {class: 'hint', id: `${control.id}-hint`}, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', {class: 'field'}, h('label', {for: control.id}, labelText), control, hintEl);
}

export function select(name, options, value) {
  return h('select', {name},
    options.map(([v, label]) => h('option', {value: v, selected: String(v) === String(value ?? '')}, label)));
}

/** Tells screen readers what changed (results loaded, upload state) through the page's live region. */
export function announce(message) {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  setTimeout(() => { live.textContent = message; }, 30);
}

export function formatNumber(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return Number(value).toLocaleString('zh-CN', {maximumFractionDigits: 4});
}
