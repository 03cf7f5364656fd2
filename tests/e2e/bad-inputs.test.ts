import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildSite, TMP } from "./sites.ts";

/**
 * Every kind of input that used to stop the whole build, in one folder with good articles, built
 * once as `npm run build` does. In each case the build exits 0 (buildSite throws otherwise), the
 * other articles are all there, and the warning names the file. Every text here is invented.
 */

const para = (topic: string, n: number) =>
  `The ${topic} reopened on Monday after ${n} weeks of repairs, officials said. Crews worked through the night.`;

const longDir = `${"nested-folder-name-".repeat(12)}end`;
const words = Array.from(
  { length: 30_000 },
  (_, i) => ["we", "will", "rebuild", "the", "road"][i % 5],
);
const otherWords = [...words];
otherWords[1_000] = "bridge";
otherWords[20_000] = "harbour";

/**
 * Fourteen reports of one invented event, each with its own estimates of eight counts (close
 * enough to be one count told fourteen ways): a coverage matrix too big to draw whole.
 */
const manyFigures = Array.from({ length: 14 }, (_, i) => [
  `chart/flood-${String(i).padStart(2, "0")}.txt`,
  `Flood Closes Harbour Road In Eastbridge\n\nA flood closed the harbour road in Eastbridge on Tuesday, officials said. ${Array.from(
    { length: 8 },
    (_, k) =>
      `About ${(k + 3) * 100 + i * 5} ${["boats", "homes", "cars", "shops", "pumps", "tents", "trucks", "barges"][k]} were ${["damaged", "flooded", "moved", "closed", "sent", "set up", "stuck", "sunk"][k]}, the Eastbridge council said.`,
  ).join(" ")}`,
]);

const FILES: Record<string, string | Buffer> = {
  "good-bridge.txt": `Bridge Reopens After Repairs\n\n${para("bridge", 3)}`,
  "good-museum.md": `---\ntitle: Museum Opens A New Wing\noutlet: Valley Post\n---\n${para("museum wing", 5)}`,
  "alias.md": `---\ntitle: *nope\noutlet: Hill Courier\n---\n${para("library", 2)}`,
  "laughs.md": `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\ntitle: *c\n---\n${para("stadium", 4)}`,
  "deep-list.md": `# Pool Reopens\n\n${para("pool", 6)}\n\n${"- ".repeat(3000)}item\n`,
  "deep.html": `${"<div>".repeat(3000)}<h1>Park Reopens</h1><p>${para("park", 7)}</p>${"</div>".repeat(3000)}`,
  [`${longDir}/${longDir}/${longDir}/long-name-article.txt`]: `Tunnel Reopens\n\n${para("tunnel", 8)}`,
  "quote-a.txt": `Mayor Speaks On Road\n\n"${words.join(" ")}," said the mayor, Ann Example.`,
  "quote-b.txt": `Mayor Speaks On Road Again\n\n"${otherWords.join(" ")}," said the mayor, Ann Example.`,
  "Report.txt": `Market Reopens\n\n${para("market", 9)}`,
  "report.txt": `Station Reopens\n\n${para("station", 10)}`,
  "escaped.md": `---\ntitle: "Vote\\u202E count\\0 ends\\a \\u200Bnow"\noutlet: "Gazette\\x07 \\u2066Daily\\u2069"\n---\n${para("hall", 11)}`,
  "escaped.html": `<html><head><meta property="og:title" content="Ferry&#x202E; returns&#0;&#x200B; today"><meta property="og:site_name" content="Harbour&#8238; Times"></head><body><article><p>${para("ferry", 12)}</p></article></body></html>`,
  "separator.md": `---\ntitle: "Council\u2028Votes"\noutlet: River Weekly\n---\n${para("council hall", 13)}`,
  "utf16-le.txt": Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`Clinic Reopens\n\n${para("clinic", 14)}`, "utf16le"),
  ]),
  "utf16-be.txt": Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from(`School Reopens\n\n${para("school", 15)}`, "utf16le").swap16(),
  ]),
  "utf16-nobom.txt": Buffer.from(`Zoo Reopens\n\n${para("zoo", 16)}`, "utf16le"),
  "locked.txt": `Garden Reopens\n\n${para("garden", 17)}`,
  ...Object.fromEntries(manyFigures),
};

interface Diagnostic {
  file?: string;
  message: string;
}
interface Source {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
}

let site: BuiltSite;
let diagnostics: Diagnostic[];
let sources: Source[];
/** Root reads any file, whatever its mode: then the locked file is an ordinary article. */
const rootReadsAll = process.getuid?.() === 0;

beforeAll(async () => {
  const seeds = join(TMP, "bad-inputs-seeds");
  spawnSync("rm", ["-rf", seeds]);
  for (const [path, contents] of Object.entries(FILES)) {
    mkdirSync(join(seeds, path, ".."), { recursive: true });
    writeFileSync(join(seeds, path), contents);
  }
  chmodSync(join(seeds, "locked.txt"), 0);
  symlinkSync("good-bridge.txt", join(seeds, "link.txt"));
  symlinkSync("/etc/passwd", join(seeds, "passwd.txt"));
  site = await buildSite("bad-inputs", seeds);
  diagnostics = JSON.parse(readFileSync(join(site.contentDir, "build/diagnostics.json"), "utf8"));
  sources = JSON.parse(readFileSync(join(site.outDir, "data/sources.json"), "utf8")).map(
    (s: Source) => ({
      ...s,
      file: JSON.parse(readFileSync(join(site.contentDir, "sources", `${s.id}.json`), "utf8")).file,
    }),
  );
});

const warningsFor = (file: string) =>
  diagnostics.filter((d) => d.file === file).map((d) => d.message);
const source = (file: string) => sources.find((s) => s.file === file);
const page = (s: Source | undefined) => join(site.outDir, "sources", s?.id ?? "none", "index.html");

describe("a build with every input that used to stop it", () => {
  it("builds every article but the links, each with its page", () => {
    const expected = Object.keys(FILES).filter((f) => f !== "locked.txt" || rootReadsAll);
    expect(sources.map((s) => s.file).sort()).toEqual(expected.sort());
    for (const s of sources) expect(existsSync(page(s)), s.file).toBe(true);
  });

  it("names each file whose input was refused or read another way", () => {
    expect(warningsFor("alias.md")).toContainEqual(expect.stringMatching(/alias to no anchor/));
    expect(source("alias.md")?.outlet).toBe("Hill Courier");
    expect(warningsFor("laughs.md")).toContainEqual(
      expect.stringMatching(/"title" should be text/),
    );
    expect(warningsFor("deep-list.md")).toContainEqual(expect.stringMatching(/read as plain text/));
    expect(warningsFor("deep.html")).toContainEqual(
      expect.stringMatching(/HTML nested \d+ deep; elements below depth 100 were unwrapped/),
    );
    expect(warningsFor("utf16-nobom.txt")).toContainEqual(
      expect.stringMatching(/no byte order mark, but clearly UTF-16LE text/i),
    );
    expect(warningsFor("link.txt")).toEqual([expect.stringMatching(/^a symbolic link/)]);
    expect(warningsFor("passwd.txt")).toEqual([expect.stringMatching(/^a symbolic link/)]);
    if (!rootReadsAll) {
      expect(warningsFor("locked.txt")).toEqual([expect.stringMatching(/^could not be read/)]);
    }
  });

  it("never follows a link", () => {
    expect(readFileSync(join(site.outDir, "data/sources.json"), "utf8")).not.toContain("root:");
  });

  it("shows escaped control characters and separators cleaned, and keeps the metadata", () => {
    expect(source("escaped.md")).toMatchObject({
      title: "Vote count ends now",
      outlet: "Gazette Daily",
    });
    expect(warningsFor("escaped.md")).toContainEqual(expect.stringMatching(/control or invisible/));
    expect(source("escaped.html")).toMatchObject({
      title: "Ferry returns\uFFFD today",
      outlet: "Harbour Times",
    });
    expect(source("separator.md")).toMatchObject({
      title: "Council Votes",
      outlet: "River Weekly",
    });
    expect(warningsFor("separator.md")).toEqual([]);
  });

  it("reads UTF-16 with or without a byte order mark", () => {
    expect(source("utf16-le.txt")?.title).toBe("Clinic Reopens");
    expect(source("utf16-be.txt")?.title).toBe("School Reopens");
    expect(source("utf16-nobom.txt")?.title).toBe("Zoo Reopens");
  });

  it("gives two files whose names differ in case two pages, and a long name a short id", () => {
    const [upper, lower] = [source("Report.txt"), source("report.txt")];
    expect(upper?.id.toLowerCase()).not.toBe(lower?.id.toLowerCase());
    expect(readFileSync(page(upper), "utf8")).toContain("Market Reopens");
    expect(readFileSync(page(lower), "utf8")).toContain("Station Reopens");
    const long = sources.find((s) => s.file.endsWith("long-name-article.txt"));
    expect(long?.id.length).toBeLessThanOrEqual(80);
  });

  it("draws a story too big for one chart in part, with a PNG within the renderer's limit", async () => {
    const charts = JSON.parse(readFileSync(join(site.outDir, "data/stories.json"), "utf8")) as {
      slug: string;
      sources: string[];
    }[];
    const big = charts.find((s) => s.sources.length >= 13);
    expect(big, "the fourteen reports make one story").toBeDefined();
    const html = readFileSync(join(site.outDir, "stories", big?.slug ?? "", "index.html"), "utf8");
    expect(html).toMatch(/more (claims|sources), listed in the table/);
    const coverage = join(site.outDir, "embed", `${big?.slug}-coverage`, "chart.png");
    const { width = 0, height = 0 } = await sharp(coverage).metadata();
    expect(Math.max(width, height)).toBeLessThan(32_767);
    expect(width * height).toBeGreaterThan(0);
  });

  it("compares two 30,000-word quotes that differ by two words without running out of memory", () => {
    expect(source("quote-a.txt")).toBeDefined();
    expect(source("quote-b.txt")).toBeDefined();
  });
});
