import type { GeoPoint } from './geo-data';
import { fitView } from './map-view';
import { project } from './map-projection';

/**
 * A plain map from the bundled UK outline, zoomed to the results: numbered dots for the
 * places listed and a ring where the user searched. No tiles and no other site. The list is
 * the main view; the map repeats it for people who find a picture easier, so screen readers
 * get one short label rather than every dot.
 */
export function NearMeMap({
  outline,
  dots,
  searched,
  label,
}: {
  outline: string;
  dots: GeoPoint[];
  searched: GeoPoint;
  label: string;
}) {
  const here = project(searched);
  const points = dots.map(project);
  const view = fitView([here, ...points]);
  const radius = view.width * 0.03;
  return (
    <figure class="near-me-map">
      <svg
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        role="img"
        aria-labelledby="near-me-map-caption"
      >
        <rect class="map-sea" x={view.x} y={view.y} width={view.width} height={view.height} />
        <path class="map-land" d={outline} vector-effect="non-scaling-stroke" />
        <circle
          class="map-here"
          cx={here.x}
          cy={here.y}
          r={radius * 0.8}
          vector-effect="non-scaling-stroke"
        />
        {/* Drawn last to first, so where dots overlap the nearest one stays on top. */}
        {points
          .map((point, index) => ({ point, number: index + 1 }))
          .reverse()
          .map(({ point, number }) => (
            <g key={number} class="map-dot" data-dot={number}>
              <circle cx={point.x} cy={point.y} r={radius} vector-effect="non-scaling-stroke" />
              <text
                x={point.x}
                y={point.y}
                dy="0.35em"
                text-anchor="middle"
                font-size={radius * 1.25}
              >
                {number}
              </text>
            </g>
          ))}
      </svg>
      <figcaption id="near-me-map-caption">{label}</figcaption>
    </figure>
  );
}
