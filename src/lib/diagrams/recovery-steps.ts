/**
 * HEARD and LAST, the two service-recovery models of the guide `pemulihan-layanan`, drawn as two
 * columns of steps. LAST's steps sit beside the HEARD step they match (LAST has no Empathize).
 */
import { FILE_PALETTE as P, esc, round, svgDocument } from './svg';

export interface RecoveryStep {
  readonly word: string;
  /** The step in Indonesian. */
  readonly gloss: string;
}

export const HEARD: readonly RecoveryStep[] = [
  { word: 'Hear', gloss: 'dengarkan' },
  { word: 'Empathize', gloss: 'berempati' },
  { word: 'Apologize', gloss: 'minta maaf' },
  { word: 'Resolve', gloss: 'selesaikan' },
  { word: 'Diagnose', gloss: 'telusuri sebab' },
];

/** LAST by the HEARD row it stands beside; null where LAST has no step. */
export const LAST_BY_ROW: readonly (RecoveryStep | null)[] = [
  { word: 'Listen', gloss: 'dengarkan' },
  null,
  { word: 'Apologize', gloss: 'minta maaf' },
  { word: 'Solve', gloss: 'selesaikan' },
  { word: 'Thank', gloss: 'berterima kasih' },
];

const W = 360;
const ROW = 58;
const TOP = 56;
const BOX_H = 42;
const COL = [{ x: 16, w: 158 }, { x: 186, w: 158 }] as const;

function stepBox(step: RecoveryStep, col: 0 | 1, row: number): string {
  const { x, w } = COL[col];
  const y = TOP + row * ROW;
  const fill = col === 0 ? P.accentBg : P.altBg;
  const stroke = col === 0 ? P.accent : P.alt;
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${BOX_H}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>` +
    `<text x="${x + 12}" y="${y + 18}" font-size="15" font-weight="700" fill="${P.ink}">${esc(step.word)}</text>` +
    `<text x="${x + 12}" y="${y + 35}" font-size="13" fill="${P.muted}">${esc(step.gloss)}</text>`
  );
}

function arrow(col: 0 | 1, fromRow: number, toRow: number): string {
  const x = COL[col].x + COL[col].w / 2;
  const y1 = TOP + fromRow * ROW + BOX_H + 2;
  const y2 = TOP + toRow * ROW - 3;
  const color = col === 0 ? P.accent : P.alt;
  return `<path d="M${x} ${y1}V${round(y2 - 6)}" stroke="${color}" stroke-width="2"/><path d="M${x - 5} ${round(y2 - 7)}l5 7 5-7z" fill="${color}"/>`;
}

/** The stand-alone SVG file. */
export function recoveryStepsSvg(): string {
  const height = TOP + HEARD.length * ROW + 4;
  const head = (col: 0 | 1, text: string) =>
    `<text x="${COL[col].x + COL[col].w / 2}" y="34" text-anchor="middle" font-size="18" font-weight="700" fill="${P.ink}">${esc(text)}</text>`;
  let body = head(0, 'HEARD') + head(1, 'LAST');
  HEARD.forEach((s, i) => {
    body += stepBox(s, 0, i);
    if (i > 0) body += arrow(0, i - 1, i);
  });
  let prev = -1;
  LAST_BY_ROW.forEach((s, i) => {
    if (!s) return;
    body += stepBox(s, 1, i);
    if (prev >= 0) body += arrow(1, prev, i);
    prev = i;
  });
  return svgDocument({
    width: W,
    height,
    title: 'Langkah HEARD dan LAST',
    desc:
      `HEARD: ${HEARD.map((s) => `${s.word} (${s.gloss})`).join(', ')}. ` +
      `LAST: ${LAST_BY_ROW.filter((s): s is RecoveryStep => s !== null).map((s) => `${s.word} (${s.gloss})`).join(', ')}.`,
    body,
  });
}
