import type { Claim, Story } from "../../src/core/model.ts";
import { compare } from "../../src/pipeline/compare/index.ts";
import { storyEvents } from "../../src/pipeline/events/index.ts";
import { ingest } from "../../src/pipeline/ingest/index.ts";
import { datedFacts, resolvedFacts } from "./model.ts";

/**
 * The claims of one story made of the given files (name -> text), run through ingest,
 * extraction, resolve, dates, events and compare as the orchestrator runs them; no place
 * contains another.
 */
export function compared(files: Record<string, string>): Claim[] {
  const { articles } = ingest(
    Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
  );
  const resolved = resolvedFacts(articles);
  const facts = datedFacts(articles, resolved.facts);
  const story: Story = { slug: "s", title: "S", sources: articles.map((a) => a.id) };
  const events = storyEvents(story, articles, facts);
  return compare(story, articles, facts, resolved.entities, { contains: () => false, events });
}
