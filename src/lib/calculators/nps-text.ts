// Words around the NPS figures: next steps linked to guides, and the copyable summary.
import { formatCount, formatNumber, formatPercent, formatPValue, formatSigned } from '../format';
import type { NpsComparison } from '../metrics/nps-compare';
import type { NpsResult } from '../metrics/nps';
import { npsBand } from '../metrics/nps-bands';

export interface Step {
  text: string;
  href: string;
  link: string;
}

export function npsNextSteps(r: NpsResult): Step[] {
  const steps: Step[] = [];
  if (r.percent.detractors >= 20) {
    steps.push({
      text: `${formatPercent(r.percent.detractors)} responden adalah detraktor. Hubungi mereka dan selesaikan keluhannya:`,
      href: '/panduan/menghadapi-pelanggan-bermasalah/',
      link: 'lima langkah menghadapi pelanggan bermasalah',
    });
  }
  if (r.total < 100) {
    steps.push({
      text: `Baru ${formatCount(r.total)} jawaban. Perbanyak jawaban agar hasilnya lebih pasti:`,
      href: '/panduan/umpan-balik-pelanggan/',
      link: 'cara mengumpulkan umpan balik',
    });
  }
  if (r.percent.passives >= 30) {
    steps.push({
      text: 'Banyak pelanggan pasif: puas, tetapi belum antusias. Beri mereka alasan untuk kembali:',
      href: '/panduan/loyalitas-pelanggan/',
      link: 'membangun loyalitas pelanggan',
    });
  }
  steps.push({ text: 'Cara membaca dan memakai NPS:', href: '/panduan/mengukur-kepuasan/#net-promoter-score-nps', link: 'panduan mengukur kepuasan' });
  return steps;
}

export function npsSummaryText(r: NpsResult, cmp: NpsComparison | null): string {
  const lines = [
    `NPS: ${formatNumber(r.nps, 1)} (${npsBand(Math.round(r.nps * 10) / 10).label})`,
    `Margin kesalahan 95%: ± ${formatNumber(r.marginOfError, 1)} poin`,
    `Rentang keyakinan 95% (adjusted-Wald): ${formatNumber(r.interval.low, 1)} sampai ${formatNumber(r.interval.high, 1)}`,
    `Jawaban: ${formatCount(r.total)} (promotor ${formatPercent(r.percent.promoters)}, pasif ${formatPercent(r.percent.passives)}, detraktor ${formatPercent(r.percent.detractors)})`,
  ];
  if (cmp) lines.push(`Dibanding periode sebelumnya: ${formatSigned(cmp.difference, 1)} poin, p = ${formatPValue(cmp.pValue)}`);
  return lines.join('\n');
}
