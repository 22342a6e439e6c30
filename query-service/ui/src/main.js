import './style.css';
import {parse} from './router.js';
import {searchView} from './views/search.js';
import {reportView} from './views/report.js';
import {seriesView} from './views/series.js';
import {compareView} from './views/compare.js';
import {dueView} from './views/due.js';
import {uploadView} from './views/upload.js';

const VIEWS = {
  search: {render: searchView, title: '检索'},
  report: {render: reportView, title: '报告', nav: 'search'},
  series: {render: seriesView, title: '指标趋势'},
  compare: {render: compareView, title: '地区对比'},
  due: {render: dueView, title: '承诺到期'},
  upload: {render: uploadView, title: '上传报告'},
};

const main = document.getElementById('main');
let first = true;

function show() {
  const {view, arg, params} = parse(location.hash);
  const entry = VIEWS[view] || VIEWS.search;
  const current = entry.nav || (VIEWS[view] ? view : 'search');
  for (const link of document.querySelectorAll('nav.main a')) {
    if (link.dataset.view === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${entry.title} · ReportLens 报告透镜`;
  main.dataset.hash = location.hash; // which view the content is for (tests wait on it)
  entry.render(main, params, arg);
  // Move focus to the new view's heading (not on first load), so keyboard and screen-reader users land on it.
  if (!first) document.getElementById('view-title')?.focus();
  first = false;
}

window.addEventListener('hashchange', show);
show();

// The skip link moves focus to the content without touching the fragment, which holds the view.
document.querySelector('.skip-link')?.addEventListener('click', e => {
  e.preventDefault();
  main.focus();
});
