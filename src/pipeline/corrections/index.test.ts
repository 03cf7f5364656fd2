import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryEffects } from "../effects.ts";
import { runPipeline } from "../index.ts";
import { takeCorrections } from "./index.ts";

const FIXTURE = resolve(import.meta.dirname, "../../../tests/fixtures/corrections");
const article = (name: string) => readFileSync(`${FIXTURE}/${name}`, "utf8");

/** The invented two-source story with a corrections file and any article replaced. */
async function build(corrections: string | null, extra: Record<string, string> = {}) {
  const files: Record<string, string> = {};
  for (const n of readdirSync(FIXTURE)) files[`seeds/${n}`] = article(n);
  if (corrections !== null) files["seeds/corrections.yml"] = corrections;
  for (const [n, text] of Object.entries(extra)) files[`seeds/${n}`] = text;
  const { effects, files: out, lines } = memoryEffects(files);
  const model = await runPipeline(
    { seedsDir: "seeds", contentDir: "content", latestDate: "2031-12-31" },
    effects,
  );
  const written = new Map(
    [...out]
      .filter(([p]) => p.startsWith("content/"))
      .map(([p, b]) => [p, new TextDecoder().decode(b)]),
  );
  return { model, lines, written };
}

const yml = (...entries: string[]) => `corrections:\n${entries.join("\n")}\n`;

describe("corrections", async () => {
  const machine = await build(null);
  const claimOf = (topic: string) => {
    const c = machine.model.claims.find((x) => x.topic.includes(topic));
    if (!c?.key) throw new Error(`no claim about ${topic}`);
    return c;
  };
  const residents = claimOf("resident");
  const piers = claimOf("piers");
  const quote = machine.model.quotes.find((q) => q.text.includes("engineers say"));
  const event = machine.model.timeline.find((e) => e.title.includes("inspected"));

  it("merges two people: one entity, every mention and quote linked to it, and their quotes compared", async () => {
    const { model } = await build(yml("  - merge: [person-ann-lee, person-anne-lee]"));
    const ids = model.entities.map((e) => e.id);
    expect(ids).toContain("person-ann-lee");
    expect(ids).not.toContain("person-anne-lee");
    const lee = model.entities.find((e) => e.id === "person-ann-lee");
    expect(lee?.aliases).toContain("Anne Lee");
    expect(lee?.mentions.map((m) => m.source)).toEqual(
      expect.arrayContaining(["a_harbour", "b_harbour"]),
    );
    expect(model.quotes.every((q) => q.speaker === "person-ann-lee")).toBe(true);
    // One speaker now: the two versions of the quote are one claim that differs word by word.
    const quotes = model.claims.filter((c) => c.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.values).toHaveLength(2);
    expect(model.facts.flatMap((f) => f.names).some((n) => n.entity === "person-anne-lee")).toBe(
      false,
    );
  });

  it("splits the mentions of one spelling off into an entity of their own", async () => {
    const merged = "  - merge: [person-tomas-brandt, person-tom-brandt]";
    const { model } = await build(
      yml(merged, "  - split: person-tomas-brandt", "    names: [Tom Brandt]"),
    );
    const brandts = model.entities.filter((e) => e.name.includes("Brandt"));
    expect(brandts.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ["person-tom-brandt", "Tom Brandt", 1],
      ["person-tomas-brandt", "Tomas Brandt", 1],
    ]);
  });

  it("sets an entity's type and name, and every reference follows the new id", async () => {
    const { model, written } = await build(
      yml(
        "  - entity: person-tom-brandt",
        "    type: organization",
        "    name: Brandt Engineering",
      ),
    );
    const e = model.entities.find((x) => x.name === "Brandt Engineering");
    expect(e).toMatchObject({ id: "organization-tom-brandt", type: "organization" });
    expect(e?.aliases).toContain("Tom Brandt");
    expect(written.has("content/entities/organization-tom-brandt.json")).toBe(true);
    expect(written.has("content/entities/person-tom-brandt.json")).toBe(false);
    const b = model.facts.find((f) => f.source === "b_harbour");
    expect(b?.names.filter((n) => n.entity === e?.id).every((n) => n.type === "organization")).toBe(
      true,
    );
  });

  it("sets a quote's speaker, in quotes.json and on the source page's quote", async () => {
    const { model } = await build(
      yml(`  - quote: ${quote?.key}`, "    speaker: person-tomas-brandt"),
    );
    expect(model.quotes.find((q) => q.key === quote?.key)?.speaker).toBe("person-tomas-brandt");
    const mention = model.facts.flatMap((f) => f.quotes).find((q) => q.quote === quote?.text);
    expect(mention?.speaker).toBe("person-tomas-brandt");
  });

  it("suppresses a claim and a timeline event; the other claims keep their ids", async () => {
    const { model } = await build(
      yml(
        `  - claim: ${residents.key}`,
        "    suppress: true",
        `  - event: ${event?.key}`,
        "    suppress: true",
      ),
    );
    expect(model.claims.map((c) => c.key)).not.toContain(residents.key);
    expect(model.claims.map((c) => c.id)).toEqual(
      machine.model.claims.filter((c) => c !== residents).map((c) => c.id),
    );
    expect(model.timeline.map((e) => e.key)).not.toContain(event?.key);
    expect(model.timeline).toHaveLength(machine.model.timeline.length - 1);
  });

  it("sets a claim's status with the editors' note, keeping what the machine said", async () => {
    const { model, written } = await build(
      yml(
        `  - claim: ${residents.key}`,
        "    status: compatible",
        "    note: Both counts are estimates of one evacuation.",
      ),
    );
    const c = model.claims.find((x) => x.key === residents.key);
    expect(c?.status).toBe("compatible");
    expect(c?.correction).toEqual({
      note: "Both counts are estimates of one evacuation.",
      machineStatus: "differ",
    });
    expect(written.get("content/data/claims.json")).toContain('"machineStatus": "differ"');
  });

  it("gives a timeline event the editors' note", async () => {
    const { model } = await build(
      yml(`  - event: ${event?.key}`, "    note: Confirmed by the port."),
    );
    expect(model.timeline.find((e) => e.key === event?.key)?.correction).toEqual({
      note: "Confirmed by the port.",
    });
  });

  it("sets a story's title, named by one of its articles, and keeps its address", async () => {
    const { model } = await build(
      yml("  - story: a_harbour", "    title: Greyport bridge shut after storm"),
    );
    expect(model.stories).toEqual([
      { ...machine.model.stories[0], title: "Greyport bridge shut after storm" },
    ]);
  });

  it("moves an article to a story of its own, and back", async () => {
    const out = await build(yml("  - article: b_harbour", "    story: new"));
    expect(out.model.stories.map((s) => s.sources)).toEqual([["a_harbour"], ["b_harbour"]]);
    expect(out.model.claims.every((c) => c.values.length === 1)).toBe(true);
    const back = await build(
      yml(
        "  - article: b_harbour",
        "    story: new",
        "  - article: b_harbour",
        "    story: a_harbour",
      ),
    );
    expect(back.model.stories.map((s) => s.sources)).toEqual([["a_harbour", "b_harbour"]]);
  });

  it("sets an article's outlet and published date, which then anchor its dates", async () => {
    const { model } = await build(
      yml("  - article: b_harbour.md", "    outlet: Valley Post", "    published: 2031-05-14"),
    );
    const b = model.articles.find((a) => a.id === "b_harbour");
    expect(b).toMatchObject({
      outlet: "Valley Post",
      published: "2031-05-14",
      publishedInferred: null,
    });
    // "on Tuesday" now reads as the Tuesday before the new date.
    const tuesday = model.facts
      .find((f) => f.source === "b_harbour")
      ?.dates.find((d) => d.text.includes("Tuesday"));
    const before = machine.model.facts
      .find((f) => f.source === "b_harbour")
      ?.dates.find((d) => d.text.includes("Tuesday"));
    expect(tuesday?.value?.start).not.toBe(before?.value?.start);
  });

  it("reports a correction whose target is gone with its line, and applies the rest", async () => {
    const { model, lines } = await build(
      yml(
        "  - claim: figure-zzzzzzz",
        "    suppress: true",
        "  - merge: [person-nobody, person-ann-lee]",
        "  - story: no-such-story",
        "    title: Anything",
        `  - claim: ${residents.key}`,
        "    suppress: true",
      ),
    );
    expect(model.claims.map((c) => c.key)).not.toContain(residents.key);
    const stale = lines.filter((l) => l.includes("(stale)"));
    expect(stale).toEqual([
      "warning seeds/corrections.yml:4: merge correction not applied (stale): no entity person-nobody",
      "warning seeds/corrections.yml:5: story correction not applied (stale): no story no-such-story",
      "warning seeds/corrections.yml:2: claim correction not applied (stale): no claim figure-zzzzzzz",
    ]);
  });

  it("survives a rebuild and a one-word edit elsewhere in an article", async () => {
    const file = yml(
      `  - claim: ${residents.key}`,
      "    suppress: true",
      `  - claim: ${piers.key}`,
      "    reviewed: true",
    );
    const edited = article("b_harbour.md").replace("the chief engineer", "the city engineer");
    const { model, lines } = await build(file, { "b_harbour.md": edited });
    expect(lines.some((l) => l.includes("stale"))).toBe(false);
    expect(model.claims.map((c) => c.key)).not.toContain(residents.key);
    expect(model.claims.find((c) => c.key === piers.key)?.correction).toEqual({ note: null });
  });

  it("publishes only reviewed claims, or marks the others, as the file says", async () => {
    const checked = `  - claim: ${piers.key}\n    reviewed: true`;
    const reviewed = await build(`publish: reviewed\n${yml(checked)}`);
    expect(reviewed.model.claims.map((c) => c.key)).toEqual([piers.key]);
    const marked = await build(`publish: marked\n${yml(checked)}`);
    expect(marked.model.claims).toHaveLength(machine.model.claims.length);
    expect(marked.model.claims.filter((c) => c.unreviewed)).toHaveLength(
      machine.model.claims.length - 1,
    );
  });

  it("writes the same bytes from the same seeds and corrections", async () => {
    const file = yml(
      "  - merge: [person-ann-lee, person-anne-lee]",
      `  - claim: ${piers.key}`,
      "    note: Checked.",
    );
    const one = await build(file);
    const two = await build(file);
    expect([...one.written]).toEqual([...two.written]);
    expect(one.written.size).toBeGreaterThan(10);
  });

  it("takes the corrections file out of the articles, so it is not read as one", () => {
    const bytes = new TextEncoder().encode("corrections: []\n");
    const taken = takeCorrections([
      { path: "corrections.yml", bytes },
      { path: "a.txt", bytes },
    ]);
    expect(taken.files.map((f) => f.path)).toEqual(["a.txt"]);
    expect(taken.corrections.diagnostics).toEqual([]);
    const two = takeCorrections([
      { path: "corrections.yaml", bytes },
      { path: "corrections.yml", bytes },
    ]);
    expect(two.corrections.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ["corrections.yml", "a second corrections file; only corrections.yaml is read"],
    ]);
  });
});
