// Search snippets arrive HTML-escaped with each match in <mark>; they are turned into nodes, never
// into innerHTML, so nothing in a report's text can run as markup.
const ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};

export function unescape(s) {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, m => ENTITIES[m]);
}

export function snippetNodes(snippet) {
  const out = [];
  (snippet || '').split(/(<mark>.*?<\/mark>)/s).forEach(part => {
    if (!part) return;
    const m = part.match(/^<mark>(.*)<\/mark>$/s);
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = unescape(m[1]);
      out.push(mark);
    } else {
      out.push(document.createTextNode(unescape(part)));
    }
  });
  return out;
}
