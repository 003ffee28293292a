import type { ServiceContact, Source } from '../helplines/service-types';
import type { GeoPoint } from './geo-data';
import type { Nation } from './geo-index';

export type PlaceKind = 'sarc' | 'rape-crisis-centre' | 'local-service';

/** A place as the near-me page gets it: words in one locale, position worked out at build time. */
export interface PlaceSummary {
  id: string;
  kind: PlaceKind;
  name: string;
  nations: Nation[];
  /** The locale `offers` and `area` are in (English until translated). */
  wordsLocale: string;
  offers: string;
  area: string;
  /** Postcode areas ('CM') and districts ('SY10') the place covers. */
  covers: string[];
  town: string;
  /** Absent when the place keeps its address private: the dot is then at its town. */
  postcode?: string;
  point: GeoPoint;
  minAge?: number;
  maxAge?: number;
  genders?: string[];
  selfReferral?: boolean;
  contacts: ServiceContact[];
  sources: Source[];
}
