import { DEPARTMENTS, ORG_HEADS } from "../../core/names/lexicon.ts";
import {
  type Ctx,
  demonymPrefix,
  emit,
  emitPerson,
  emitPlace,
  placePrefix,
} from "./name-context.ts";
import {
  isAcronym,
  isRoleWord,
  isTitle,
  nameShaped,
  onlyNames,
  personEvidence,
  span,
} from "./name-shape.ts";
import type { Token } from "./tokens.ts";

/**
 * Splits leading title words from a name and emits the person with that role. The role ends at
 * the last title word that a name follows ("Chief Cabinet Secretary Jane Example"), plus an
 * "of Defense" that completes it ("Secretary of Defense Jane Example").
 */
export function titledPerson(ctx: Ctx, tokens: Token[]): boolean {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    // A word for a kind of person is a role only before the name: "Coroner Jane Example",
    // not "Jane Baker Example".
    const kindOfPerson = !isTitle(t);
    if (kindOfPerson && !(isRoleWord(t) && tokens.slice(0, i).every(isRoleWord))) continue;
    let j = i + 1;
    while ((tokens[j] as Token | undefined)?.text === "of") {
      j++;
      while (
        j < tokens.length &&
        (DEPARTMENTS.has((tokens[j] as Token).bare.toLowerCase()) ||
          (tokens[j] as Token).text === "the")
      )
        j++;
    }
    let nameTokens = tokens.slice(j);
    let roleTail = "";
    // "President Jane Example of Examplia": the place after "of" belongs to the role.
    const ofAt = nameTokens.findIndex((t) => t.text === "of");
    if (ofAt > 0) {
      const tail = nameTokens.slice(ofAt + 1);
      const place = placePrefix(ctx, tail);
      if (place && place.length === tail.length) {
        emitPlace(ctx, tail, place.place);
        roleTail = ` of ${span(ctx.text, tail).text}`;
        nameTokens = nameTokens.slice(0, ofAt);
      }
    }
    if (!nameShaped(nameTokens)) continue;
    // After a word for a kind of person the name itself must look like a person's.
    if (kindOfPerson && !personEvidence(nameTokens) && !onlyNames(nameTokens)) continue;
    const roleTokens = tokens.slice(0, j);
    // What comes before the first title names a place or an organization: "Ukrainian
    // President", "U.S. Defense Secretary", "European Commission President".
    const firstTitle = roleTokens.findIndex((t) => isTitle(t));
    const head = roleTokens.slice(0, firstTitle);
    const modifiers = head.filter((t) => !DEPARTMENTS.has(t.bare.toLowerCase()));
    if (head.length > 0 && modifiers.length > 0) {
      const dem = demonymPrefix(ctx, head);
      const lead = dem ?? placePrefix(ctx, head);
      if (head.some((t) => ORG_HEADS.has(t.bare.toLowerCase()))) emit(ctx, "organization", head);
      else if (lead) emitPlace(ctx, head.slice(0, lead.length), lead.place, dem !== null);
      else if (isAcronym(head[0] as Token)) emit(ctx, "organization", head.slice(0, 1));
    }
    emitPerson(ctx, nameTokens, `${span(ctx.text, roleTokens).text}${roleTail}`);
    return true;
  }
  return false;
}
