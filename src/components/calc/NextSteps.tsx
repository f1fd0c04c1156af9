// What to do next, linked to the guides that explain it.
import { useT } from './translation';
import type { Step } from '../../lib/calculators/fields';

export function NextSteps({ steps }: { steps: Step[] }) {
  const t = useT();
  if (steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="langkah-berikutnya">
      <h3 id="langkah-berikutnya">{t('result.nextSteps')}</h3>
      <ul>
        {steps.map((s) => (
          <li key={s.href}>
            {t(s.text)} <a href={s.href}>{t({ key: s.link })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
