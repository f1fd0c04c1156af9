// When a quiz page's script takes over. The page's inline script (QuizRoot.astro) marks the quiz
// root as soon as the trainee touches it (`data-woken`; `data-asked` when "Periksa" was pressed,
// which it holds back) or when the question in the HTML is not the trainee's (`data-pending`: a
// stored session or progress, a `?seed=`, a trainer's link). Until then a fresh visitor reads the
// server's first question and loads no quiz code at all.
export const WAKE_EVENTS = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'change', 'submit'] as const;

/** Resolves once the quiz should be taken over. */
export function whenWoken(root: HTMLElement): Promise<void> {
  if (root.hasAttribute('data-pending') || root.hasAttribute('data-woken')) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      for (const type of WAKE_EVENTS) root.removeEventListener(type, wake, true);
      resolve();
    };
    for (const type of WAKE_EVENTS) root.addEventListener(type, wake, true);
  });
}
