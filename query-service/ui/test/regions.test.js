import {describe, expect, it} from 'vitest';
import {divisions, parseDivisions} from '../src/regions.js';

describe('divisions', () => {
  it('reads the engine’s gazetteer: the provinces, their prefectures and counties', () => {
    const provinces = divisions.provinces().map(d => d.name);
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    expect(provinces).toContain('云南省');
    expect(provinces).toContain('新疆维吾尔自治区');
    expect(divisions.name('130000')).toBe('河北省');
    expect(divisions.children('130000').map(d => d.name)).toContain('衡水市');
    expect(divisions.fullName('131102')).toBe('河北省 › 衡水市 › 桃城区');
    expect(divisions.path('131102')).toEqual(['130000', '131100', '131102']);
  });

  it('hangs directly governed counties off the province', () => {
    const d = parseDivisions('# header\n420000\t湖北省\tprovince\t\n429004\t仙桃市\tcounty\t420000\n');
    expect(d.children('420000').map(x => x.name)).toEqual(['仙桃市']);
    expect(d.fullName('429004')).toBe('湖北省 › 仙桃市');
    expect(d.fullName('999999')).toBe('999999');
  });
});
