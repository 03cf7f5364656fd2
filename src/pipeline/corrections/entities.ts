import type {
  ArticleFacts,
  CorrectionOf,
  Diagnostic,
  Entity,
  NameMention,
  Quote,
} from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { slugify } from "../../core/text/slug.ts";
import { quoteKey, withKeys } from "./keys.ts";
import type { Located } from "./read.ts";
import { ofKinds, stale } from "./stale.ts";

export interface Resolved {
  facts: ArticleFacts[];
  entities: Entity[];
  quotes: Quote[];
}

interface State extends Resolved {
  /** Old id -> the id it became (merged away, or retyped), so later corrections may use either. */
  renamed: Map<string, string>;
}

/**
 * The editors' people, places and organizations, after resolve and before anything uses them
 * (stories, comparison, pages): merges, splits, types, names and quote speakers, in the file's
 * order. Every reference to a merged or retyped id follows it (mentions, speakers). Quotes get
 * their stable key here, before a speaker correction looks for one.
 */
export function correctEntities(
  input: Resolved,
  corrections: readonly Located[],
  problems: Diagnostic[],
): Resolved {
  const s: State = {
    facts: input.facts.map((f) => ({
      ...f,
      names: f.names.map((m) => ({ ...m })),
      quotes: f.quotes.map((q) => ({ ...q })),
    })),
    entities: input.entities.map((e) => ({ ...e })),
    quotes: withKeys(input.quotes, quoteKey),
    renamed: new Map(),
  };
  for (const c of ofKinds(corrections, "merge", "split", "entity", "quote")) {
    const why =
      c.kind === "merge"
        ? merge(s, c.correction as CorrectionOf<"merge">)
        : c.kind === "split"
          ? split(s, c.correction as CorrectionOf<"split">)
          : c.kind === "entity"
            ? retype(s, c.correction as CorrectionOf<"entity">)
            : speaker(s, c.correction as CorrectionOf<"quote">);
    if (why) problems.push(stale(c, why));
  }
  s.entities.sort((x, y) => byCodeUnit(x.id, y.id));
  return { facts: s.facts, entities: s.entities, quotes: s.quotes };
}

function find(s: State, id: string): Entity | undefined {
  let at = id;
  for (let hops = 0; s.renamed.has(at) && hops < 100; hops++) at = s.renamed.get(at) as string;
  return s.entities.find((e) => e.id === at);
}

/** Points every mention and speaker of `from` at `to`. */
function relink(s: State, from: string, to: string): void {
  s.renamed.set(from, to);
  for (const f of s.facts) {
    for (const m of f.names) if (m.entity === from) m.entity = to;
    for (const q of f.quotes) if (q.speaker === from) q.speaker = to;
  }
  for (const q of s.quotes) if (q.speaker === from) q.speaker = to;
}

function unusedId(s: State, base: string): string {
  let id = base;
  for (let n = 2; s.entities.some((e) => e.id === id); n++) id = `${base}-${n}`;
  // An id merged away and made again (a merge, then a split) is that entity again.
  s.renamed.delete(id);
  return id;
}

const bySpan = (x: Entity["mentions"][number], y: Entity["mentions"][number]) =>
  byCodeUnit(x.source, y.source) || x.start - y.start;

function tidy(e: Entity): void {
  e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort(byCodeUnit);
  e.mentions.sort(bySpan);
  const roles = new Map(e.roles.map((r) => [`${r.source}\t${r.role}`, r]));
  e.roles = [...roles.values()].sort(
    (x, y) => byCodeUnit(x.source, y.source) || byCodeUnit(x.role, y.role),
  );
}

function merge(s: State, fix: CorrectionOf<"merge">): string | null {
  const found = fix.merge.map((id) => find(s, id));
  const missing = fix.merge.filter((_, i) => !found[i]);
  const kept = [...new Set(found.filter((e) => e !== undefined))];
  const keep = kept[0];
  if (!keep || kept.length < 2) {
    return missing.length > 0
      ? `no entity ${missing.join(", ")}`
      : `${fix.merge.join(", ")} are already one`;
  }
  for (const other of kept.slice(1)) {
    keep.mentions = [...keep.mentions, ...other.mentions];
    keep.aliases = [...keep.aliases, other.name, ...other.aliases];
    keep.roles = [...keep.roles, ...other.roles];
    s.entities = s.entities.filter((e) => e !== other);
    relink(s, other.id, keep.id);
  }
  if (fix.name) {
    keep.aliases.push(keep.name);
    keep.name = fix.name;
  }
  tidy(keep);
  return missing.length > 0 ? `no entity ${missing.join(", ")} (the others were merged)` : null;
}

function split(s: State, fix: CorrectionOf<"split">): string | null {
  const e = find(s, fix.split);
  if (!e) return `no entity ${fix.split}`;
  const spellings = new Set(fix.names.map((n) => n.toLowerCase()));
  const moved: { source: string; m: NameMention }[] = [];
  for (const f of s.facts) {
    for (const m of f.names) {
      const spelled = spellings.has(m.name.toLowerCase()) || spellings.has(m.text.toLowerCase());
      if (m.entity === e.id && spelled) moved.push({ source: f.source, m });
    }
  }
  if (moved.length === 0) return `${e.id} has no mention spelled ${fix.names.join(" or ")}`;
  if (moved.length === e.mentions.length) return `every mention of ${e.id} is spelled so`;
  const name = fix.names.find((n) => moved.some(({ m }) => m.name === n)) ?? moved[0]?.m.name ?? "";
  const id = unusedId(s, `${e.type}-${slugify(name) || "unnamed"}`);
  const isMoved = (x: { source: string; start: number }) =>
    moved.some(({ source, m }) => source === x.source && m.start === x.start);
  const part: Entity = {
    id,
    type: e.type,
    name,
    aliases: moved.map(({ m }) => m.name),
    roles: moved.flatMap(({ source, m }) => (m.role ? [{ source, role: m.role }] : [])),
    ...(e.placeKind ? { placeKind: e.placeKind } : {}),
    ...(e.geo ? { geo: e.geo } : {}),
    mentions: moved.map(({ source, m }) => ({ source, start: m.start, end: m.end })),
  };
  e.mentions = e.mentions.filter((x) => !isMoved(x));
  const left = new Set(
    s.facts.flatMap((f) =>
      f.names
        .filter((m) => m.entity === e.id && !isMoved({ source: f.source, start: m.start }))
        .map((m) => m.name),
    ),
  );
  e.aliases = e.aliases.filter((a) => left.has(a));
  e.roles = e.roles.filter(
    (r) => !part.roles.some((p) => p.source === r.source && p.role === r.role),
  );
  for (const { m } of moved) m.entity = id;
  // A quote attributed through a moved mention is the new entity's.
  for (const f of s.facts) {
    for (const q of f.quotes) {
      const by = q.speakerMention;
      if (q.speaker !== e.id || !by || !isMoved({ source: f.source, start: by.start })) continue;
      q.speaker = id;
      for (const x of s.quotes) if (x.source === f.source && x.start === q.start) x.speaker = id;
    }
  }
  tidy(part);
  s.entities.push(part);
  return null;
}

function retype(s: State, fix: CorrectionOf<"entity">): string | null {
  const e = find(s, fix.entity);
  if (!e) return `no entity ${fix.entity}`;
  if (fix.name !== undefined && fix.name !== e.name) {
    e.aliases.push(e.name);
    e.name = fix.name;
  }
  if (fix.type !== undefined && fix.type !== e.type) {
    const rest = e.id.startsWith(`${e.type}-`) ? e.id.slice(e.type.length + 1) : e.id;
    const id = unusedId(s, `${fix.type}-${rest}`);
    const old = e.id;
    e.id = id;
    e.type = fix.type;
    if (fix.type !== "place") {
      delete e.placeKind;
      delete e.geo;
    }
    for (const f of s.facts) for (const m of f.names) if (m.entity === old) m.type = fix.type;
    relink(s, old, id);
  }
  tidy(e);
  return null;
}

function speaker(s: State, fix: CorrectionOf<"quote">): string | null {
  const quote = s.quotes.find((q) => q.key === fix.quote);
  if (!quote) return `no quote ${fix.quote}`;
  const who = fix.speaker === null ? null : (find(s, fix.speaker)?.id ?? undefined);
  if (who === undefined) return `no entity ${fix.speaker} to be the speaker of ${fix.quote}`;
  quote.speaker = who;
  const mention = s.facts
    .find((f) => f.source === quote.source)
    ?.quotes.find((q) => q.start === quote.start);
  if (mention) mention.speaker = who;
  return null;
}
