/** Events: each happening a story's sources report, with every sentence that mentions it. */
import { z } from "zod";
import { SpanSchema } from "./article.ts";

/** A word in a sentence that names the happening ("captured", "the fire"). */
export const EventMentionRefSchema = SpanSchema.extend({
  sentence: z.number().int(),
  /** The word's dictionary form. */
  lemma: z.string(),
});
export type EventMentionRef = z.infer<typeof EventMentionRefSchema>;

export const StoryEventSchema = z.object({
  /** "<story>-event-<n>", numbered in the order of first mention. */
  id: z.string(),
  story: z.string(),
  /** What happened, in one word: the commonest dictionary form among its mentions. */
  lemma: z.string(),
  /** The sources that mention it, in story order. */
  sources: z.array(z.string()),
  mentions: z.array(EventMentionRefSchema),
});
export type StoryEvent = z.infer<typeof StoryEventSchema>;
