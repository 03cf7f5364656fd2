import type { PlaceKind } from "../model.ts";

/** A gazetteer place: a continent, country, admin-1 region or city. */
export interface Place {
  /** "continent:europe", "country:IT", "region:RU-KRS", "city:3169070" (GeoNames id). */
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO2 of the country the place is in; for a country its own code; absent for continents. */
  country?: string;
  /** Cities only. */
  population?: number;
  /** Cities only: a national capital (or seat of government). */
  capital?: boolean;
  /**
   * Id of the containing place: city -> region (when it could be matched) or country;
   * region -> country; country -> continent.
   */
  parent?: string;
}
