import { useT } from '../../i18n/use-t';
import type { ContentLink } from '../../app/page-model';
import { PageCardList } from '../../ui/PageCardList';

/** /easy-read/: every easy read page, for people who want short words and pictures. */
export function EasyReadIndexPage({ locale, pages }: { locale: string; pages: ContentLink[] }) {
  const t = useT();
  return (
    <>
      <h1>{t('easyRead.title')}</h1>
      <p class="lead">{t('easyRead.intro')}</p>
      <PageCardList locale={locale} pages={pages} />
    </>
  );
}
