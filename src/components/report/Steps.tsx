// "Langkah berikutnya" of the report: what to do next, each step linked to the guide that explains it.
// On paper a link prints its full address (data-address, report.css), from astro.config's `site`.
import { t } from './words';
import type { Step } from './present';

export function Steps({ steps }: { steps: readonly Step[] }) {
  if (steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="langkah-berikutnya">
      <h3 id="langkah-berikutnya">{t('report.nextSteps')}</h3>
      <ul>
        {steps.map((s) => (
          <li key={s.href + s.link}>
            {s.text} <a href={s.href} data-address={new URL(s.href, import.meta.env.SITE).href}>{s.link}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
