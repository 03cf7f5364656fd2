import { COMPANY_HEADS } from "../../core/names/organizations.ts";

/**
 * Which organization names are one organization: the same name with or without "the", dots in
 * its acronym or a legal ending ("The Example Group Inc." = "Example Group"); an acronym and the
 * name it abbreviates ("EWD" = "Example Widget Devices", "Q.R.S." = "QRS"); a team's short name
 * and its full one ("Hawks" = "Example City Hawks"). The last two only when a source uses both
 * and no other organization named beside the short form fits, so none merge on a guess.
 */

/** Legal endings that do not change which company is meant. */
const LEGAL = new Set(
  "inc incorporated corp corporation co company ltd limited llc plc ag sa nv gmbh".split(" "),
);
const LINKING = new Set(["of", "and", "for", "the", "&", "on", "in", "de"]);

/** The name reduced to what tells organizations apart: "The U.S. Example Corp." -> "us example". */
export function organizationKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’']/g, "'")
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, "$1")
    .replace(/[,.]+/g, " ")
    .replace(/-/g, " ")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words[0] === "the") words.shift();
  while (words.length > 1 && LEGAL.has(words[words.length - 1] as string)) words.pop();
  return words.join(" ");
}

/** The letters an acronym of this name would have: "Example-Widget Devices" -> "ewd". */
function initials(name: string): string {
  return name
    .replace(/(\p{Lu})\.(?=\p{Lu})/gu, "$1")
    .split(/[\s-]+/)
    .filter(
      (w) =>
        w !== "" && !LINKING.has(w.toLowerCase()) && !LEGAL.has(w.toLowerCase().replace(/\.$/, "")),
    )
    .map((w) => (/^\p{Lu}{2,}\.?$/u.test(w) ? w.replace(/\./g, "") : (w[0] ?? "")))
    .join("")
    .toLowerCase();
}

export interface OrgMention {
  source: string;
  name: string;
}

/**
 * For every organization key, the key of the organization it is one with (itself when none).
 */
export function organizationAliases(mentions: readonly OrgMention[]): Map<string, string> {
  const sources = new Map<string, Set<string>>();
  const shown = new Map<string, string>();
  for (const m of mentions) {
    const key = organizationKey(m.name);
    if (key === "") continue;
    const set = sources.get(key) ?? new Set<string>();
    set.add(m.source);
    sources.set(key, set);
    if (!shown.has(key)) shown.set(key, m.name);
  }
  const keys = [...sources.keys()].sort();
  const together = (a: string, b: string) =>
    [...(sources.get(a) ?? [])].some((s) => sources.get(b)?.has(s));
  const alias = new Map<string, string>();
  for (const key of keys) {
    const name = shown.get(key) ?? key;
    // Among the organizations named beside it, exactly one it may stand for.
    const fits = keys.filter(
      (other) => other !== key && together(key, other) && expands(key, name, other, shown),
    );
    if (fits.length === 1) alias.set(key, fits[0] as string);
  }
  const out = new Map<string, string>();
  for (const key of keys) {
    let k = key;
    for (let hops = 0; hops < 5 && alias.has(k); hops++) k = alias.get(k) as string;
    out.set(key, k);
  }
  return out;
}

/** Whether `other` is the longer name `key` stands for. */
function expands(key: string, name: string, other: string, shown: Map<string, string>): boolean {
  const acronym = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u.test(name.replace(/^the\s+/iu, ""));
  if (acronym) return !other.includes(" ") ? false : initials(shown.get(other) ?? other) === key;
  // "Hawks" for "Example City Hawks"; "Example" for "Example Technologies".
  if (key.length < 4 || !other.includes(" ")) return false;
  if (other.endsWith(` ${key}`)) return true;
  if (!other.startsWith(`${key} `)) return false;
  return other
    .slice(key.length + 1)
    .split(" ")
    .every((w) => COMPANY_HEADS.has(w) || w === "group" || w === "holdings");
}
