import type { GeoPoint } from './geo-data';

export type DeviceLocation =
  { kind: 'found'; point: GeoPoint } | { kind: 'problem'; problem: 'denied' | 'unavailable' };

/**
 * Asks the device where it is, only when the user taps 'Use my location'. Low accuracy is
 * plenty (the app snaps to a postcode district at once), and the position is never kept.
 */
export function askDeviceLocation(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<DeviceLocation> {
  return new Promise((resolve) => {
    if (!geolocation) {
      resolve({ kind: 'problem', problem: 'unavailable' });
      return;
    }
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          kind: 'found',
          point: { lat: position.coords.latitude, lon: position.coords.longitude },
        }),
      // Code 1 is PERMISSION_DENIED; the constant is not on every engine's error object.
      (error) =>
        resolve({
          kind: 'problem',
          problem: error.code === 1 ? 'denied' : 'unavailable',
        }),
      { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 10_000 },
    );
  });
}
