import { useT } from '../../i18n/use-t';
import type { ServiceFilters } from './service-filters';

const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/** The helplines filters. Choices live only in memory: nothing is saved or put in the URL. */
export function FilterControls({
  filters,
  onChange,
  topics,
  groups,
}: {
  filters: ServiceFilters;
  onChange: (filters: ServiceFilters) => void;
  topics: string[];
  groups: string[];
}) {
  const t = useT();
  const set = (change: Partial<ServiceFilters>) => onChange({ ...filters, ...change });
  return (
    <fieldset class="service-filters">
      <legend>{t('helplines.filters.heading')}</legend>
      <label for="filter-topic">{t('helplines.filters.topic')}</label>
      <select
        id="filter-topic"
        value={filters.topic}
        onChange={(event) => set({ topic: event.currentTarget.value })}
      >
        <option value="">{t('helplines.filters.anyTopic')}</option>
        {topics.map((topic) => (
          <option key={topic} value={topic}>
            {t(`topics.${topic}`)}
          </option>
        ))}
      </select>
      <label for="filter-group">{t('helplines.filters.group')}</label>
      <select
        id="filter-group"
        value={filters.group}
        onChange={(event) => set({ group: event.currentTarget.value })}
      >
        <option value="">{t('helplines.filters.anyone')}</option>
        {groups.map((group) => (
          <option key={group} value={group}>
            {t(`groups.${group}`)}
          </option>
        ))}
      </select>
      <label for="filter-nation">{t('helplines.filters.nation')}</label>
      <select
        id="filter-nation"
        value={filters.nation}
        onChange={(event) => set({ nation: event.currentTarget.value as ServiceFilters['nation'] })}
      >
        {NATIONS.map((nation) => (
          <option key={nation} value={nation}>
            {t(`nations.${nation}`)}
          </option>
        ))}
        <option value="all">{t('helplines.filters.allNations')}</option>
      </select>
      <label class="checkbox">
        <input
          id="filter-open-now"
          type="checkbox"
          checked={filters.openNow}
          onChange={(event) => set({ openNow: event.currentTarget.checked })}
        />{' '}
        {t('helplines.filters.openNow')}
      </label>
    </fieldset>
  );
}
