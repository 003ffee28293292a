import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import { getLocale } from '../../i18n/locales';
import { QrCode } from './QrCode';

/**
 * A code that opens a page on the client's own phone. It asks the member of staff to check
 * the phone is safe first: a page opened there stays in that phone's history.
 */
export function ShareByQr({ slug, clientLocale }: { slug: string; clientLocale: string }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  if (!shown) {
    return (
      <div class="share-qr">
        <p class="warning">{t('qr.checkFirst')}</p>
        <button type="button" class="secondary-button" onClick={() => setShown(true)}>
          {t('qr.confirm')}
        </button>
      </div>
    );
  }
  const url = `${location.origin}${pathFor(clientLocale, slug)}`;
  return (
    <div class="share-qr">
      <QrCode text={url} label={t('qr.label', { url })} />
      <p>{t('qr.scanHint', { language: getLocale(clientLocale).endonym })}</p>
      <p>
        <bdi dir="ltr">{url}</bdi>
      </p>
      <button type="button" class="text-button" onClick={() => setShown(false)}>
        {t('qr.hide')}
      </button>
    </div>
  );
}
