// Small SVG charts: no library, readable by screen readers through their <title> and a table fallback.
const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const el = (name, attrs = {}, text) => {
    const node = document.createElementNS(NS, name);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /** Lines over weeks. series: [{name, color, values: [number|null], max}] sharing labels. */
  function lines(title, labels, series) {
    const w = 640, h = 240, left = 40, right = 40, top = 16, bottom = 36;
    const svg = el('svg', {viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': title});
    svg.appendChild(el('title', {}, title));
    const x = i => left + (labels.length <= 1 ? 0 : i * (w - left - right) / (labels.length - 1));
    svg.appendChild(el('line', {x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, stroke: '#d6dde2'}));
    labels.forEach((label, i) => {
      if (labels.length < 14 || i % 2 === 0) {
        svg.appendChild(el('text', {x: x(i), y: h - bottom + 16, 'font-size': 11, 'text-anchor': 'middle', fill: '#5b6b75'}, label));
      }
    });
    series.forEach((s, si) => {
      const y = v => top + (h - top - bottom) * (1 - v / s.max);
      let d = '';
      s.values.forEach((v, i) => {
        if (v === null || v === undefined) return;
        d += (d === '' || s.values[i - 1] === null || s.values[i - 1] === undefined ? 'M' : 'L') + x(i) + ' ' + y(v) + ' ';
        svg.appendChild(el('circle', {cx: x(i), cy: y(v), r: 3, fill: s.color, 'data-series': s.name, 'data-value': v}));
      });
      svg.appendChild(el('path', {d, fill: 'none', stroke: s.color, 'stroke-width': 2}));
      const axisX = si === 0 ? left - 6 : w - right + 6;
      svg.appendChild(el('text', {x: axisX, y: top + 4, 'font-size': 11, 'text-anchor': si === 0 ? 'end' : 'start', fill: s.color}, String(s.max)));
      svg.appendChild(el('text', {x: axisX, y: h - bottom, 'font-size': 11, 'text-anchor': si === 0 ? 'end' : 'start', fill: s.color}, '0'));
    });
    return svg;
  }

  /** Bars: [{label, value|null}]; null bars are drawn as "suppressed". */
  function bars(title, items, max, color = '#0b6e7f') {
    const w = 640, h = 220, left = 16, bottom = 44, top = 16;
    const svg = el('svg', {viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': title});
    svg.appendChild(el('title', {}, title));
    const slot = (w - 2 * left) / Math.max(1, items.length);
    items.forEach((item, i) => {
      const x = left + i * slot + slot * 0.15;
      if (item.value === null || item.value === undefined) {
        svg.appendChild(el('text', {x: x + slot * 0.35, y: h - bottom - 6, 'font-size': 11, 'text-anchor': 'middle', fill: '#5b6b75'}, 'suppressed'));
      } else {
        const bh = (h - top - bottom) * (max === 0 ? 0 : item.value / max);
        svg.appendChild(el('rect', {x, y: h - bottom - bh, width: slot * 0.7, height: bh, fill: color, 'data-value': item.value}));
        svg.appendChild(el('text', {x: x + slot * 0.35, y: h - bottom - bh - 4, 'font-size': 11, 'text-anchor': 'middle'}, String(item.value)));
      }
      svg.appendChild(el('text', {x: x + slot * 0.35, y: h - bottom + 16, 'font-size': 11, 'text-anchor': 'middle', fill: '#5b6b75'}, item.label));
    });
    return svg;
  }

  return {lines, bars};
})();
