import { MAP_HEIGHT, MAP_WIDTH } from './map-projection';

export interface MapView {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest view shown: about 150 km across, so a town's results are not all one blob. */
const MIN_WIDTH = 150;
const ASPECT = 1.2;
const PADDING = 0.2;

/**
 * The part of the UK map to show: everything in `points`, with a margin, never smaller than
 * MIN_WIDTH and never beyond the whole map, at a fixed portrait shape. Pure.
 */
export function fitView(points: { x: number; y: number }[]): MapView {
  if (points.length === 0) return { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const spanX = (maxX - minX) * (1 + 2 * PADDING);
  const spanY = (maxY - minY) * (1 + 2 * PADDING);
  const width = Math.min(MAP_WIDTH, Math.max(MIN_WIDTH, spanX, spanY / ASPECT));
  const height = Math.min(MAP_HEIGHT, width * ASPECT);
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const clamp = (value: number, size: number, limit: number) =>
    Math.max(0, Math.min(limit - size, value));
  return {
    x: Math.round(clamp(centreX - width / 2, width, MAP_WIDTH)),
    y: Math.round(clamp(centreY - height / 2, height, MAP_HEIGHT)),
    width: Math.round(width),
    height: Math.round(height),
  };
}
