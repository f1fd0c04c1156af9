/**
 * Griffin's five-stage purchase cycle (guide `loyalitas-pelanggan`) as a stand-alone SVG: the
 * first two stages lead in once; evaluation, the decision to buy again and the repeat purchase
 * turn into a loop.
 */
import { FILE_PALETTE as P, esc, round, svgDocument, wrap } from './svg';

export const GRIFFIN_STAGES = [
  'Kesadaran',
  'Pembelian pertama',
  'Evaluasi pascapembelian',
  'Keputusan membeli kembali',
  'Pembelian ulang',
] as const;

const BW = 150;
const BH = 50;
/** Top-left corner of each stage's box. */
const AT: readonly (readonly [number, number])[] = [
  [15, 15],
  [15, 100],
  [195, 100],
  [195, 260],
  [15, 260],
];

function box(i: number, loop: boolean): string {
  const [x, y] = AT[i]!;
  const lines = wrap(`${i + 1}. ${GRIFFIN_STAGES[i]}`, 17);
  const top = y + BH / 2 - ((lines.length - 1) * 17) / 2 + 5;
  const text = lines.map((l, k) => `<text x="${x + 10}" y="${round(top + k * 17)}" font-size="14" font-weight="${k === 0 ? 700 : 400}" fill="${P.ink}">${esc(l)}</text>`).join('');
  return `<rect x="${x}" y="${y}" width="${BW}" height="${BH}" rx="8" fill="${loop ? P.accentBg : P.bg}" stroke="${P.accent}" stroke-width="1.5"/>${text}`;
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const hx = (d: number, s: number) => round(x2 - 9 * Math.cos(a) + s * 5 * Math.cos(a + Math.PI / 2) * d);
  const hy = (d: number, s: number) => round(y2 - 9 * Math.sin(a) + s * 5 * Math.sin(a + Math.PI / 2) * d);
  return (
    `<path d="M${x1} ${y1}L${round(x2 - 8 * Math.cos(a))} ${round(y2 - 8 * Math.sin(a))}" stroke="${P.accent}" stroke-width="2"/>` +
    `<path d="M${x2} ${y2}L${hx(1, 1)} ${hy(1, 1)}L${hx(1, -1)} ${hy(1, -1)}z" fill="${P.accent}"/>`
  );
}

export function loyaltyCycleSvg(): string {
  const body =
    GRIFFIN_STAGES.map((_, i) => box(i, i >= 2)).join('') +
    arrow(90, 65, 90, 100) +
    arrow(165, 125, 195, 125) +
    arrow(270, 150, 270, 260) +
    arrow(195, 285, 165, 285) +
    arrow(150, 260, 210, 150) +
    `<text x="222" y="218" text-anchor="middle" font-size="13" fill="${P.muted}">berulang</text>`;
  return svgDocument({
    width: 360,
    height: 325,
    title: 'Siklus pembelian Griffin',
    desc:
      GRIFFIN_STAGES.map((s, i) => `${i + 1}. ${s}`).join(', ') +
      '. Dari pembelian ulang, pelanggan kembali ke evaluasi pascapembelian: tahap 3 sampai 5 berulang menjadi lingkaran loyalitas.',
    body,
  });
}
