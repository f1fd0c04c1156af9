// Decorative icons for islands (the same paths as Icon.astro); the words beside them carry the meaning.
const PATHS = {
  check: 'M4 12.5 9.5 18 20 6',
  cross: 'M6 6l12 12M18 6 6 18',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
