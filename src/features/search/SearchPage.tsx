import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { ContentLink } from '../../app/page-model';
import type { SearchHit, Searcher } from './searcher';
import { PageCardList } from '../../ui/PageCardList';

const DEBOUNCE_MS = 150;

/**
 * Search on the device. There is no form to submit, so what is typed never reaches a URL,
 * the history or a server; autocomplete and spellcheck are off so the browser keeps no copy
 * and sends none to a cloud spellchecker. Without JavaScript, the list of all pages stands in.
 */
export function SearchPage({ locale, pages }: { locale: string; pages: ContentLink[] }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [ready, setReady] = useState(false);
  const loading = useRef<Promise<Searcher> | null>(null);

  const ensureSearcher = () => {
    // The search code and index load only when someone starts to search.
    loading.current ??= import('./searcher').then(({ loadSearcher }) => loadSearcher(locale));
    return loading.current;
  };

  useEffect(() => {
    setReady(true);
  }, []);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      void ensureSearcher().then((search) => setHits(search(query)));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <>
      <h1>{t('search.title')}</h1>
      <noscript>
        <p class="notice">{t('search.noScript')}</p>
      </noscript>
      <div class="search-box" data-ready={ready ? 'yes' : 'no'}>
        <label for="search-input">{t('search.label')}</label>
        <input
          id="search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onFocus={() => void ensureSearcher()}
        />
        <p class="hint">{t('search.privacy')}</p>
      </div>
      <div class="search-results" role="status" aria-live="polite">
        {hits !== null && (
          <p>
            {hits.length === 0 ? t('search.none') : t('search.results', { count: hits.length })}
          </p>
        )}
      </div>
      {hits !== null && hits.length > 0 && <PageCardList locale={locale} pages={hits} />}
      <h2>{t('search.allPages')}</h2>
      <PageCardList locale={locale} pages={pages} />
    </>
  );
}
