/**
 * The pipeline's data model. Every stage takes and returns these plain, JSON-serializable
 * shapes, so each stage can be tested alone and its output written as-is to content/. Each
 * shape is a zod schema and its type is the schema's `z.infer`: the content collections
 * (src/content.config.ts) check what emit wrote against the very schemas the stages are typed
 * by, so the two cannot drift apart.
 */
export * from "./model/article.ts";
export * from "./model/charts.ts";
export * from "./model/claims.ts";
export * from "./model/collections.ts";
export * from "./model/content.ts";
export * from "./model/corrections.ts";
export * from "./model/dates.ts";
export * from "./model/entities.ts";
export * from "./model/events.ts";
export * from "./model/mentions.ts";
export * from "./model/timeline.ts";
