import {describe, expect, it} from 'vitest';
import {csvCell, toCsv} from '../src/csv.js';

describe('csv', () => {
  it('quotes separators and quotes, defuses formulas, keeps numbers', () => {
    expect(csvCell('衡水市,河北省')).toBe('"衡水市,河北省"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(90.3)).toBe('90.3');
    expect(csvCell(null)).toBe('');
    expect(csvCell('两行\n文本')).toBe('"两行\n文本"');
  });

  it('writes a BOM, a header of the column labels and one CRLF line per row', () => {
    const csv = toCsv([{label: '地区', value: r => r.region}, {label: '数值', value: r => r.value}],
      [{region: '衡水市', value: 90.3}, {region: '邢台市', value: 88}]);
    expect(csv).toBe('\uFEFF地区,数值\r\n衡水市,90.3\r\n邢台市,88\r\n');
  });
});
