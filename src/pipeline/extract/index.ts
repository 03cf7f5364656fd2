import type { Places } from "../../core/geo/places.ts";
import type { Article, ArticleFacts } from "../../core/model.ts";
import { extractDates } from "./dates.ts";
import { extractFigures } from "./figures.ts";
import { extractNames } from "./names.ts";
import { extractQuotes } from "./quotes.ts";

/**
 * Every fact in one article: names, dates, figures and quotes, each with its offsets and
 * sentence. Quotes come last because their speakers are the people found first.
 */
export function extract(article: Article, places: Places): ArticleFacts {
  const names = extractNames(article, places);
  const speakers = names.filter((m) => m.type === "person" || m.type === "organization");
  return {
    source: article.id,
    names,
    dates: extractDates(article),
    figures: extractFigures(article),
    quotes: extractQuotes(article, speakers),
  };
}
