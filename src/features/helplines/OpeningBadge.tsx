import { useT } from '../../i18n/use-t';
import type { OpeningStatus } from './opening-hours';
import { weekdayOf } from './london-time';

/** 'Open 24 hours', 'Open now, until 17:00', 'Closed now. Opens Monday at 09:00'… */
export function OpeningBadge({ status }: { status: OpeningStatus }) {
  const t = useT();
  const open = status.state === 'always' || status.state === 'open';
  return (
    <p class={`opening-badge ${open ? 'opening-badge--open' : 'opening-badge--closed'}`}>
      {describe(status)}
    </p>
  );

  function describe(current: OpeningStatus): string {
    switch (current.state) {
      case 'always':
        return t('helplines.status.always');
      case 'open':
        return t('helplines.status.openUntil', { time: current.closesAt.time });
      case 'closed': {
        const next = current.opensAt;
        if (!next) return t('helplines.status.closed');
        if (next.dayOffset === 0) return t('helplines.status.opensToday', { time: next.time });
        if (next.dayOffset === 1) return t('helplines.status.opensTomorrow', { time: next.time });
        const day = t(`weekdays.${weekdayOf(next.date)}`);
        return t('helplines.status.opensOn', { day, time: next.time });
      }
      case 'unknown':
        return t('helplines.status.unknown');
    }
  }
}
