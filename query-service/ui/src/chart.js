// Scales and ticks for the page's SVG charts (no chart library: the charts are small, and every point
// has to be a keyboard-reachable button that opens its evidence).

/** Round tick values covering [min, max], about `count` of them. */
export function ticks(min, max, count = 5) {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return [];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(f => f * power).find(s => s >= raw);
  const out = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toFixed(10)));
  if (out[out.length - 1] < max) out.push(Number((out[out.length - 1] + step).toFixed(10)));
  return out;
}

/** A linear map from [d0, d1] onto [r0, r1]. */
export function linear([d0, d1], [r0, r1]) {
  const span = d1 - d0 || 1;
  return v => r0 + ((v - d0) / span) * (r1 - r0);
}

/** The domain a value axis needs: the values' range padded to round ticks; zero kept when close. */
export function valueDomain(values) {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo > 0 && lo < hi * 0.5) lo = 0;
  const t = ticks(lo, hi);
  return [t[0], t[t.length - 1]];
}

/** Every year from the first to the last (gaps stay visible on the axis). */
export function yearRange(years) {
  const finite = years.filter(Number.isFinite);
  if (!finite.length) return [];
  const out = [];
  for (let y = Math.min(...finite); y <= Math.max(...finite); y++) out.push(y);
  return out;
}
