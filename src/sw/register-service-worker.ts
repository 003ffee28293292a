/**
 * Registers the service worker that makes every page work offline. It runs after the page
 * has loaded so that precaching never competes with the first visit for bandwidth.
 */
export function registerServiceWorker(navigator: Navigator): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No service worker (private mode in some browsers): the site still works online.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
