import { useT } from '../../i18n/use-t';
import type { Day } from './service-types';

/** The translated words describeHours() needs, with the wording for 'open all the time'. */
export function useHoursWords(alwaysKey: 'handout.always' | 'easyRead.always') {
  const t = useT();
  return {
    always: t(alwaysKey),
    to: t('handout.to'),
    days: t('weekdays', { returnObjects: true }) as Record<Day, string>,
  };
}
