/**
 * Waymark keeps exactly one entry in the browser's history, however many pages the user
 * opens: every link replaces the current entry instead of adding one. That is what lets
 * the quick exit (which replaces that one entry) leave nothing for Back to return to.
 * The cost: the browser's Back button leaves the app instead of going to the previous
 * page, so inner pages carry their own 'Back to home' link.
 */

export interface LinkClick {
  button: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}

export type LinkAction =
  { kind: 'default' } | { kind: 'replace'; url: string } | { kind: 'focus-fragment'; id: string };

/** Decides what a click on a link should do. Pure, so every case has a unit test. */
export function decideLinkAction(
  click: LinkClick,
  link: { href: string; target: string; hasDownload: boolean },
  currentUrl: string,
): LinkAction {
  const modified = click.altKey || click.ctrlKey || click.metaKey || click.shiftKey;
  if (click.defaultPrevented || click.button !== 0 || modified) return { kind: 'default' };
  if (link.hasDownload || (link.target !== '' && link.target !== '_self')) {
    return { kind: 'default' };
  }
  let url: URL;
  try {
    url = new URL(link.href, currentUrl);
  } catch {
    return { kind: 'default' };
  }
  // tel:, sms: and mailto: hand over to another app and add no history entry.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'default' };
  const current = new URL(currentUrl);
  const samePage =
    url.origin === current.origin &&
    url.pathname === current.pathname &&
    url.search === current.search;
  if (samePage && url.hash !== '') {
    // A fragment jump would add a history entry for this same page: move focus instead.
    return { kind: 'focus-fragment', id: decodeURIComponent(url.hash.slice(1)) };
  }
  return { kind: 'replace', url: url.href };
}

/**
 * Follows links as decided above. `beforeNavigate` runs first (it lets a waiting new version
 * of the app take over); it must settle quickly, and navigation goes ahead whatever happens.
 */
export function installReplaceNavigation(
  document: Document,
  location: Location,
  beforeNavigate: () => Promise<void> = () => Promise.resolve(),
): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    const action = decideLinkAction(
      event,
      { href: target.href, target: target.target, hasDownload: target.hasAttribute('download') },
      location.href,
    );
    if (action.kind === 'default') return;
    event.preventDefault();
    if (action.kind === 'replace') {
      void beforeNavigate()
        .catch(() => undefined)
        .then(() => location.replace(action.url));
      return;
    }
    const destination = document.getElementById(action.id);
    if (destination) {
      if (!destination.hasAttribute('tabindex')) destination.setAttribute('tabindex', '-1');
      destination.focus();
      destination.scrollIntoView();
    }
  });
}
