import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import { ShareByQr } from './ShareByQr';
import { printHandout, type Paper } from './print-handout';

/**
 * 'For staff' under a guide: show it to a client in their language, print a plain handout,
 * or open it on the client's own phone with a code. Closed by default: most readers are
 * survivors, and it stays out of their way.
 */
export function StaffTools({ locale, slug }: { locale: string; slug: string }) {
  const t = useT();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <details class="staff-tools">
      <summary>{t('staff.heading')}</summary>
      <p>
        <a href={`${pathFor(locale, 'show')}#${slug}`}>{t('staff.show')}</a>
      </p>
      <h3>{t('staff.printHeading')}</h3>
      <p>{t('staff.paperWarning')}</p>
      {ready ? (
        <div class="button-row">
          {(['a4', 'a5'] as Paper[]).map((paper) => (
            <button
              key={paper}
              type="button"
              class="secondary-button"
              data-print={paper}
              onClick={() => printHandout(paper)}
            >
              {t(`staff.print.${paper}`)}
            </button>
          ))}
        </div>
      ) : (
        <p class="notice notice--quiet">{t('staff.needsScript')}</p>
      )}
      <h3>{t('staff.qrHeading')}</h3>
      {ready && <ShareByQr slug={slug} clientLocale={locale} />}
    </details>
  );
}
