import { encode } from 'uqr';

/**
 * A QR code for `text` as one SVG path of dark squares, plus its size in modules (with the
 * quiet border scanners need). Made on the device: the address never goes to a QR service.
 */
export function qrPath(text: string): { path: string; size: number } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { path: parts.join(''), size };
}
