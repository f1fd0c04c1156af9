// What to do next, linked to the guides that explain it.
import type { Step } from '../../lib/calculators/nps-text';

export function NextSteps({ steps }: { steps: Step[] }) {
  if (steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="langkah-berikutnya">
      <h3 id="langkah-berikutnya">Langkah berikutnya</h3>
      <ul>
        {steps.map((s) => (
          <li key={s.href}>
            {s.text} <a href={s.href}>{s.link}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
