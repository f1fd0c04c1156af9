/**
 * Pelanggan, konsumen and klien as overlapping roles (guide `pelanggan-konsumen-klien`): the buyer
 * and the user overlap when one person does both; a klien is a buyer of professional services.
 */
import { FILE_PALETTE as P, esc, svgDocument } from './svg';

/** Centred lines; the first is a bold heading unless `plain`. */
const label = (x: number, y: number, lines: readonly string[], size = 13, plain = false) =>
  lines
    .map((l, i) => {
      const head = i === 0 && !plain;
      return `<text x="${x}" y="${y + i * (size + 3)}" text-anchor="middle" font-size="${head ? size + 2 : size}" font-weight="${head ? 700 : 400}" fill="${P.ink}">${esc(l)}</text>`;
    })
    .join('');

export function customerRolesSvg(): string {
  const body =
    `<circle cx="135" cy="175" r="112" fill="${P.accentBg}" fill-opacity="0.7" stroke="${P.accent}" stroke-width="2"/>` +
    `<circle cx="243" cy="175" r="104" fill="${P.altBg}" fill-opacity="0.7" stroke="${P.alt}" stroke-width="2" stroke-dasharray="6 4"/>` +
    `<circle cx="82" cy="205" r="46" fill="${P.bg}" stroke="${P.accent}" stroke-width="1.5"/>` +
    label(95, 24, ['Pelanggan', 'yang membeli']) +
    label(290, 24, ['Konsumen', 'yang memakai']) +
    label(192, 160, ['Keduanya', 'membeli dan', 'memakai sendiri'], 12) +
    label(82, 200, ['Klien', 'jasa', 'profesional'], 11) +
    label(292, 195, ['anggota', 'keluarga yang', 'ikut makan'], 11, true);
  return svgDocument({
    width: 360,
    height: 295,
    title: 'Pelanggan, konsumen, dan klien sebagai peran',
    desc:
      'Lingkaran pelanggan (yang membeli) dan lingkaran konsumen (yang memakai) saling beririsan: orang yang membeli lalu memakai sendiri ada di keduanya. ' +
      'Klien adalah bagian dari pelanggan, yaitu pembeli jasa profesional. Anggota keluarga yang ikut makan tanpa membeli hanya konsumen.',
    body,
  });
}
