import { readFileSync, readdirSync } from "node:fs";
import { ingest } from "./src/pipeline/ingest/index.ts";
import { extractNames } from "./src/pipeline/extract/names.ts";
import { fakePlaces } from "./tests/support/fake-places.ts";
const files = readdirSync("seeds").map((f) => ({ path: f, bytes: readFileSync(`seeds/${f}`) }));
for (const a of ingest(files).articles) {
  console.log("==", a.id);
  for (const m of extractNames(a, fakePlaces)) console.log(m.type.padEnd(13), JSON.stringify(m.text), m.name !== m.text ? `name=${m.name}` : "", m.role ? `role=${m.role}` : "", m.demonym ? "demonym" : "");
}
