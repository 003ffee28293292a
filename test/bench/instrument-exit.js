// Injected into benchmark pages before their own scripts (plain JS, so no build step can
// add helpers the page lacks). Records times on the page's own clock and cancels the exit
// navigation once it has started, so the figures can be read back from the page.
(() => {
  const bench = {};
  window.__bench = bench;
  // 'Content hidden' means the page's main heading is no longer painted, whichever way a
  // component hides it (visibility, display or removal).
  const isHidden = () => {
    const heading = document.querySelector('h1');
    return (
      !heading ||
      heading.getClientRects().length === 0 ||
      getComputedStyle(heading).visibility === 'hidden'
    );
  };
  window.addEventListener(
    'pointerdown',
    (event) => {
      bench.down = event.timeStamp;
      requestAnimationFrame(() => {
        bench.hiddenInFirstFrame = isHidden();
      });
    },
    true,
  );
  new MutationObserver(() => {
    if (bench.down !== undefined && bench.hidden === undefined && isHidden()) {
      bench.hidden = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });
  window.navigation.addEventListener('navigate', (event) => {
    // The navigate event fires inside the component's handler, before any mutation
    // observer callback: look here too, so 'hidden' is when it was first true.
    if (bench.hidden === undefined && isHidden()) bench.hidden = performance.now();
    if (bench.navigation === undefined) bench.navigation = performance.now();
    event.preventDefault();
  });
})();
