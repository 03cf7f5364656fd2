import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { eventMatch, eventVerb } from "./event-match.ts";
import { type PersonEvent, personEvents } from "./events.ts";
import { storySources } from "./source.ts";

/** Every person event of each body, one source per body. */
function read(...bodies: string[]): PersonEvent[][] {
  const files = bodies.map((body, i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: Report ${i}\n---\n\n${body}\n`),
  }));
  const { articles } = ingest(files);
  const { facts } = resolvedFacts(articles);
  return storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  ).map(personEvents);
}

describe("eventMatch", () => {
  it("matches the same person's statement across sources", () => {
    const [[a], [b]] = read(
      "Secretary Jane Example confirmed on Wednesday that troops had arrived.",
      "Jane Example affirmed in Rome that troops had been sent.",
    ) as [PersonEvent[], PersonEvent[]];
    expect(a && b && eventMatch(a, b)).toBeGreaterThanOrEqual(0.5);
  });

  it("never matches two different people", () => {
    const [[a], [b]] = read(
      "Jane Example spoke in Rome on Monday.",
      "John Sample spoke in Rome on Monday.",
    ) as [PersonEvent[], PersonEvent[]];
    expect(a && b && eventMatch(a, b)).toBeNull();
  });

  it("keeps a statement apart from an unrelated act of the same person", () => {
    const [[a], [b]] = read(
      "Jane Example said in Rome on Monday that talks would go on.",
      "Jane Example visited a hospital in Milan on Friday.",
    ) as [PersonEvent[], PersonEvent[]];
    expect(a && b && eventMatch(a, b)).toBeNull();
  });
});

describe("eventMatch between different acts", () => {
  it("pairs them only when the sentences say the same", () => {
    const [a = [], b = []] = read(
      "Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss budget rules. On Tuesday, Emmanuel Macron traveled to Dresden, where he gave a speech on sovereignty.",
      "On Tuesday, Emmanuel Macron gave a speech in Dresden, calling for sovereignty.",
    );
    const [met, traveled] = a;
    const [gave] = b;
    expect(met && gave && eventMatch(met, gave)).toBeNull();
    expect(traveled && gave && eventMatch(traveled, gave)).toBeGreaterThan(0.7);
  });
});

describe("eventVerb", () => {
  it("says 'spoke' for any verb of saying, else the verb itself", () => {
    const [events] = read(
      "Jane Example visited Rome on Monday. Jane Example said in Milan on Friday that it was over.",
    );
    expect(eventVerb(events ?? [])).toBe("spoke");
    expect(eventVerb((events ?? []).slice(0, 1))).toBe("visited");
    expect(eventVerb([])).toBe("was there");
  });
});
