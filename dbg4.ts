import { ingest } from "./src/pipeline/ingest/index.ts";
import { extractNames } from "./src/pipeline/extract/names.ts";
import { gazetteerPlaces } from "./src/pipeline/extract/places.ts";
import { tokenize } from "./src/pipeline/extract/tokens.ts";
const text = `Geneva Talks End\n\n"It was hard, but it was worth it," van der Berg said after the meeting.`;
const a = ingest([{ path: "t.txt", bytes: new TextEncoder().encode(text) }]).articles[0]!;
console.log(a.sentences.map(s => a.text.slice(s.start, s.end)));
console.log(tokenize(a.text).map(t=>t.text+(t.cap?"^":"")).join(" "));
console.log(extractNames(a, gazetteerPlaces).map(m => [m.type, m.text]));
