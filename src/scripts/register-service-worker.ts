// Registers the Workbox service worker (built into dist/sw.js) once the page has loaded, so it
// never competes with the first view. A new version waits: the visitor sees a quiet notice and
// chooses when to reload, so a quiz or a half-typed calculation is never swapped underneath them.

function offer(worker: ServiceWorker): void {
  const root = document.querySelector<HTMLElement>('[data-update-prompt]');
  const status = root?.querySelector<HTMLElement>('[data-update-status]');
  const actions = root?.querySelector<HTMLElement>('[data-update-actions]');
  if (!root || !status || !actions) return;
  status.textContent = status.dataset.text ?? '';
  actions.hidden = false;
  root.classList.add('open');
  const close = () => {
    root.classList.remove('open');
    actions.hidden = true;
    status.textContent = '';
  };
  root.querySelector('[data-update-later]')?.addEventListener('click', close, { once: true });
  root.querySelector('[data-update-reload]')?.addEventListener(
    'click',
    () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update has a controller already; the first install is silent.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Precaching downloads every page and its assets in the background (the build prints how many
  // files and how large: `sw.js: N files precached`), so not for a visitor whose browser asks to
  // save data.
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js').then(
      // Some embedders and test harnesses resolve register() with nothing: hence the guard.
      (registration) => registration && watch(registration),
      () => {
        // No worker (private mode, blocked, old browser): the site works online as before.
      },
    );
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
