import type { Entity, NameMention, Span } from "../../core/model.ts";
import { NAME_PARTICLES } from "../../core/names/lexicon.ts";
import { shortForms } from "../../core/names/short-forms.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { slugify } from "../../core/text/slug.ts";
import { organizationAliases, organizationKey } from "./organizations.ts";
import { compatibleNames, normalName, sameOffice } from "./people.ts";

/** A surname alone, maybe with its particles: "Example", "van der Example". */
function isBare(name: string): boolean {
  const parts = name.split(/\s+/);
  return parts.slice(0, -1).every((p) => NAME_PARTICLES.has(p.toLowerCase()));
}

const sameShort = (forms: readonly string[], name: string) =>
  forms.some((f) => f.toLowerCase() === name.toLowerCase());

/** Name mentions of one article, as extract left them. */
export interface ArticleNames {
  source: string;
  mentions: NameMention[];
}

const normal = normalName;

interface Cluster {
  /** Its place in creation order: candidates are tried in this order. */
  order: number;
  type: Entity["type"];
  names: Map<string, number>;
  short: string[];
  /** Full names assigned so far, to test a new full name against. */
  full: string[];
  /** Roles its full-name mentions carry, in any source: the offices it holds. */
  offices: string[];
  roles: Map<string, Set<string>>;
  mentions: Span[];
  placeKind?: NameMention["placeKind"];
  geo?: NameMention["geo"];
  canonical?: string;
}

/**
 * Merges name mentions into entities, within and across sources: places by gazetteer id,
 * organizations by normalized name, people by surname with compatible given names, and a bare
 * surname to the person that source named in full. Fills `entity` on every mention.
 */
export function resolveEntities(articles: readonly ArticleNames[]): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const newCluster = (type: Entity["type"]): Cluster => {
    const c: Cluster = {
      order: clusters.length,
      type,
      names: new Map(),
      short: [],
      full: [],
      offices: [],
      roles: new Map(),
      mentions: [],
    };
    clusters.push(c);
    return c;
  };
  const assign = new Map<NameMention, Cluster>();
  // People by short form, exact and lower-cased: looked up once per mention instead of scanning
  // every cluster (which made resolve quadratic in the archive). Only people have short forms.
  const byShort = new Map<string, Cluster[]>();
  const byShortLower = new Map<string, Cluster[]>();
  const index = (map: Map<string, Cluster[]>, key: string, c: Cluster) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  };

  // People named in full, longest names first so "Jane Q. Example III" anchors "Jane Example".
  const fullPeople = articles
    .flatMap((a) =>
      a.mentions.filter((m) => m.type === "person" && !isBare(m.name)).map((m) => ({ a, m })),
    )
    .sort((x, y) => y.m.name.length - x.m.name.length || byCodeUnit(x.m.name, y.m.name));
  for (const { m } of fullPeople) {
    const forms = shortForms(m.name);
    const short = forms[0] ?? m.name;
    const candidates = (byShort.get(short) ?? []).filter((c) =>
      c.full.every((n) => compatibleNames(n, m.name, short)),
    );
    const c = firstCreated(candidates) ?? newCluster("person");
    for (const f of forms) {
      if (c.short.includes(f)) continue;
      c.short.push(f);
      index(byShort, f, c);
      index(byShortLower, f.toLowerCase(), c);
    }
    c.full.push(m.name);
    if (m.role) c.offices.push(m.role);
    assign.set(m, c);
  }
  // Bare surnames: the person this source named in full, else the only person anywhere with it.
  const orgKeys = organizationAliases(
    articles.flatMap((a) =>
      a.mentions
        .filter((m) => m.type === "organization")
        .map((m) => ({ source: a.source, name: m.name })),
    ),
  );
  for (const a of articles) {
    const local = a.mentions.filter((m) => m.type === "person" && !isBare(m.name));
    for (const m of a.mentions) {
      if (m.type !== "person" || !isBare(m.name)) continue;
      const everywhere = (byShortLower.get(m.name.toLowerCase()) ?? []).toSorted(
        (x, y) => x.order - y.order,
      );
      const c = bareSurnameOwner(m, local, assign, everywhere);
      if (c) assign.set(m, c);
      else {
        const key = `person:${normal(m.name)}`;
        const existing = byKey.get(key) ?? newCluster("person");
        byKey.set(key, existing);
        assign.set(m, existing);
      }
    }
    for (const m of a.mentions) {
      if (m.type === "person") continue;
      const orgKey = organizationKey(m.name);
      const key =
        m.type === "place"
          ? `place:${m.placeId ?? normal(m.name)}`
          : `organization:${orgKeys.get(orgKey) ?? orgKey}`;
      const c = byKey.get(key) ?? newCluster(m.type);
      byKey.set(key, c);
      assign.set(m, c);
    }
  }

  for (const a of articles) {
    for (const m of a.mentions) {
      const c = assign.get(m);
      if (!c) continue;
      c.mentions.push({ source: a.source, start: m.start, end: m.end });
      // A place's aliases are the forms the sources used ("U.S.", "American"); its name is the
      // gazetteer's.
      const surface = m.type === "place" ? m.text.replace(/['’]s$/u, "") : m.name;
      c.names.set(surface, (c.names.get(surface) ?? 0) + 1);
      if (m.type === "place") {
        c.canonical = m.name;
        if (m.placeKind) c.placeKind = m.placeKind;
        if (m.geo) c.geo = m.geo;
      }
      if (m.role) {
        const roles = c.roles.get(a.source) ?? new Set<string>();
        roles.add(m.role);
        c.roles.set(a.source, roles);
      }
    }
  }

  const used = new Set<string>();
  const entities: Entity[] = [];
  const idOf = new Map<Cluster, string>();
  for (const c of clusters) {
    if (c.mentions.length === 0) continue;
    const names = [...c.names.keys()];
    const name =
      c.type === "place" && c.canonical
        ? c.canonical
        : ([...names].sort(
            (x, y) =>
              y.split(" ").length - x.split(" ").length || y.length - x.length || byCodeUnit(x, y),
          )[0] ?? "");
    const base = `${c.type}-${slugify(name) || "unnamed"}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    idOf.set(c, id);
    entities.push({
      id,
      type: c.type,
      name,
      aliases: names.filter((n) => n !== name).sort(),
      roles: [...c.roles]
        .flatMap(([source, roles]) => [...roles].map((role) => ({ source, role })))
        .sort((x, y) => byCodeUnit(x.source, y.source) || byCodeUnit(x.role, y.role)),
      ...(c.placeKind ? { placeKind: c.placeKind } : {}),
      ...(c.geo ? { geo: c.geo } : {}),
      mentions: c.mentions.sort((x, y) => byCodeUnit(x.source, y.source) || x.start - y.start),
    });
  }
  // Fill mention.entity so pages can link each mention.
  for (const [m, c] of assign) {
    const id = idOf.get(c);
    if (id) m.entity = id;
  }
  return entities.sort((x, y) => byCodeUnit(x.id, y.id));
}

/**
 * Whose surname a bare mention is. With a role ("Former Vice President Example"), the person who
 * holds that office in this source or another, before a relative named in full nearby; then the
 * full name this source gave nearest before it, else the only person anywhere with that surname.
 */
function bareSurnameOwner(
  m: NameMention,
  local: readonly NameMention[],
  assign: ReadonlyMap<NameMention, Cluster>,
  /** The people with this surname among their short forms, in creation order. */
  everywhere: readonly Cluster[],
): Cluster | undefined {
  const inSource = local.filter((f) => sameShort(shortForms(f.name), m.name));
  const owners = [
    ...new Set(inSource.map((f) => assign.get(f)).filter((c) => c !== undefined)),
  ] as Cluster[];
  if (m.role) {
    const holds = (c: Cluster) => c.offices.some((o) => sameOffice(o, m.role as string));
    const office = owners.find(holds) ?? everywhere.filter(holds)[0];
    if (office) return office;
  }
  const before = inSource.filter((f) => f.start < m.start);
  const nearest = before[before.length - 1] ?? inSource[0];
  if (nearest) return assign.get(nearest);
  return everywhere.length === 1 ? everywhere[0] : undefined;
}

/** The cluster made first among `candidates`: the one a scan of every cluster would meet first. */
function firstCreated(candidates: readonly Cluster[]): Cluster | undefined {
  let first: Cluster | undefined;
  for (const c of candidates) if (first === undefined || c.order < first.order) first = c;
  return first;
}
