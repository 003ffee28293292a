/**
 * Registers the service worker that makes every page work offline, and handles updates
 * politely: a new version waits, a small note says it is ready, and it takes over on the next
 * page the user opens (or at once, if they tap 'Use it now'). The app never reloads on its own
 * while someone is reading or typing.
 */
export interface UpdateText {
  ready: string;
  apply: string;
}

export function registerServiceWorker(navigator: Navigator, text: () => UpdateText | null): void {
  if (!('serviceWorker' in navigator)) return;
  const register = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const announce = () => {
        const words = text();
        if (registration.waiting && navigator.serviceWorker.controller && words)
          showUpdateNote(registration, words);
      };
      announce();
      registration.addEventListener('updatefound', () => {
        registration.installing?.addEventListener('statechange', announce);
      });
    } catch {
      // No service worker (private mode in some browsers): the site still works online.
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/**
 * If a new version is waiting, lets it take over before the next page loads, so that page
 * comes from the new version. Gives up after a second rather than hold up the user.
 */
export async function applyWaitingUpdate(navigator: Navigator): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** A small note at the foot of the page; never over the quick exit, never in the way. */
function showUpdateNote(registration: ServiceWorkerRegistration, words: UpdateText) {
  if (document.querySelector('.update-note')) return;
  const note = document.createElement('div');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = words.ready;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.apply;
  button.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  note.append(message, ' ', button);
  document.body.append(note);
}
