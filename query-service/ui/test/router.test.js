import {describe, expect, it} from 'vitest';
import {parse, href} from '../src/router.js';

describe('router', () => {
  it('reads the view, its argument and its parameters from the fragment', () => {
    expect(parse('#/report/abc-123?m=m-1')).toEqual({view: 'report', arg: 'abc-123', params: {m: 'm-1'}});
    expect(parse('')).toEqual({view: 'search', arg: '', params: {}});
    expect(parse('#/search?q=%E5%8C%BB%E5%85%B1%E4%BD%93&type=report').params).toEqual({q: '医共体', type: 'report'});
  });

  it('writes only the parameters that are set, and round-trips', () => {
    const link = href('series', {indicatorId: 'beds', regionCode: '131100', year: ''});
    expect(link).toBe('#/series?indicatorId=beds&regionCode=131100');
    expect(parse(link).params).toEqual({indicatorId: 'beds', regionCode: '131100'});
  });
});
