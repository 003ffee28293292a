import { useEffect, useState } from 'preact/hooks';
import { toLondonMoment, type LondonMoment } from './london-time';

const REFRESH_MS = 60_000;

/**
 * London wall-clock time, refreshed each minute. Null while prerendering and on the first
 * render in the browser, so hydration matches the static page; 'open now' appears a moment
 * after the page starts.
 */
export function useLondonNow(): LondonMoment | null {
  const [now, setNow] = useState<LondonMoment | null>(null);
  useEffect(() => {
    const tick = () => setNow(toLondonMoment(new Date()));
    tick();
    const timer = setInterval(tick, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
