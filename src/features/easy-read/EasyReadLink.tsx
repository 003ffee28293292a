import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';

/**
 * The way between a page and its easy read version, near the top of both: 'Easy read
 * version of this page' on the full page, 'The full page, with more detail' on the easy read.
 */
export function EasyReadLink({
  locale,
  slug,
  to,
}: {
  locale: string;
  slug: string;
  to: 'easy-read' | 'full-page';
}) {
  const t = useT();
  return (
    <p class="easy-read-link">
      <a href={pathFor(locale, slug)}>
        {t(to === 'easy-read' ? 'easyRead.versionLink' : 'easyRead.fullPageLink')}
      </a>
    </p>
  );
}
