// What to do next, linked to the guides that explain it.
import { say } from '../../i18n/say';
import type { Step } from '../../lib/calculators/fields';

export function NextSteps({ steps }: { steps: Step[] }) {
  if (steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="langkah-berikutnya">
      <h3 id="langkah-berikutnya">{say('result.nextSteps')}</h3>
      <ul>
        {steps.map((s) => (
          <li key={s.href}>
            {say(s.text)} <a href={s.href}>{say(s.link)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
