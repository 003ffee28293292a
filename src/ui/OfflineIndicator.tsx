import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';

/** Says when there is no signal, and that everything still works. Nothing is shown online. */
export function OfflineIndicator() {
  const t = useT();
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return offline ? (
    <p class="offline-indicator" role="status">
      {t('offline.indicator')}
    </p>
  ) : null;
}
