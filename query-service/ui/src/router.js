// Views live in the URL's fragment (#/view/arg?params): links can be shared, the back button works,
// and the page needs no server route besides /.

export function parse(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const [view, ...rest] = path.split('/').map(decodeURIComponent);
  return {view: view || 'search', arg: rest.join('/'), params: Object.fromEntries(new URLSearchParams(search))};
}

export function href(view, params = {}, arg) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const q = new URLSearchParams(clean).toString();
  return `#/${view}${arg ? '/' + encodeURIComponent(arg) : ''}${q ? '?' + q : ''}`;
}

export function navigate(view, params, arg) {
  location.hash = href(view, params, arg);
}
