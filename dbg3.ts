import { readFileSync, readdirSync } from "node:fs";
import { ingest } from "./src/pipeline/ingest/index.ts";
import { extractNames } from "./src/pipeline/extract/names.ts";
import { gazetteerPlaces } from "./src/pipeline/extract/places.ts";
const dir = process.argv[2] ?? "seeds";
const files = readdirSync(dir).map((f) => ({ path: f, bytes: readFileSync(`${dir}/${f}`) }));
const t = performance.now();
for (const a of ingest(files).articles) {
  console.log("==", a.id);
  for (const m of extractNames(a, gazetteerPlaces)) console.log(m.type.padEnd(13), JSON.stringify(m.text), m.name !== m.text ? `name=${m.name}` : "", m.role ? `role=${m.role}` : "", m.demonym ? "demonym" : "", m.geo ? `${m.placeKind} ${m.geo.country}` : "");
}
console.error("ms", performance.now() - t);
