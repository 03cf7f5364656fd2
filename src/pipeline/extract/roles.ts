/** Role words around a name: "NATO spokesperson Jane Example", "Jane Example, a former minister". */

// Lowercase role nouns that introduce a name: "NATO spokesperson Jane Example", "Examplia's
// prime minister, Jane Example".
export const ROLE_MODIFIERS =
  "former|then|deputy|acting|senior|top|chief|interim|outgoing|incoming|longtime|veteran|new|prime|vice|foreign|defen[cs]e|trade|finance|interior|justice|health|commerce|economy|economic|state|security|national|government|military|army|police|party|opposition|regional|local|federal|presidential|election|intelligence|climate|energy|education|transport|labou?r|agriculture|culture|environment|communications|information|emergency|supreme|general|main|lead|special|assistant|associate|executive|managing|political|press|communications|campaign|union|team|club|company|bank|central";
export const ROLE_HEADS =
  "spokes(?:person|man|woman)|leader|president|minister|secretary|official|analyst|scholar|expert|commander|general|chief|director|ambassador|envoy|adviser|advisor|aide|lawmaker|senator|governor|mayor|prosecutor|judge|correspondent|reporter|editor|economist|researcher|professor|chairman|chairwoman|chair|ceo|founder|head|negotiator|diplomat|activist|lawyer|attorney|commissioner|candidate|rival|opponent|challenger|coach|manager|captain|officer|representative|delegate|chancellor|premier|speaker|king|queen|prince|princess";
export const LOWER_ROLE = new RegExp(
  `(?:^|[\\s,(])((?:(?:\\p{Lu}[\\p{L}.'’-]*|of|the)\\s+){0,4}(?:(?:${ROLE_MODIFIERS})\\s+){0,3}(?:${ROLE_HEADS}))\\s*,?\\s+$`,
  "u",
);
/** An appositive role after a name: "Jane Example, a former foreign minister, said". */
export const APPOSITIVE = new RegExp(
  `^,\\s+(?:(?:a|an|the)\\s+)?((?:[^,.;:“”"()]{0,100}?\\s)?(?:${ROLE_HEADS}|member|resident|owner|shopkeeper|worker|student|teacher|doctor|nurse|farmer|witness|survivor|victim|volunteer|scientist|engineer|writer|author|journalist)\\b[^,.;:“”"()]{0,120}?)\\s*[,.;]`,
  "iu",
);

/** Words a role pattern may sweep up from the start of a sentence: "For …", "The …". */
export const ROLE_OPENERS = new Set(
  "a an the for in on at as with by during after before when while since and but or so".split(" "),
);

export function cleanRole(role: string): string {
  const words = role.replace(/\s+/g, " ").trim().split(" ");
  // A sentence opener the pattern swept up: "For North Korean leader" -> "North Korean leader".
  while (words.length > 1 && ROLE_OPENERS.has((words[0] as string).toLowerCase())) words.shift();
  return words.join(" ");
}
