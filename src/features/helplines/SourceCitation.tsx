import { useT } from '../../i18n/use-t';
import { formatDate } from '../../i18n/format-date';
import type { Source } from './service-types';

/** 'checked 27 November 2026 on gov.uk' and a link to the page, for a list of sources. */
export function SourceCitation({ source, locale }: { source: Source; locale: string }) {
  const t = useT();
  return (
    <>
      {t('helplines.checked', {
        date: formatDate(source.checked, locale),
        source: new URL(source.url).hostname,
      })}{' '}
      <a href={source.url} rel="noreferrer noopener">
        {source.title ?? source.url}
      </a>
    </>
  );
}
