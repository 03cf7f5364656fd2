import type { ChartEntry } from "../core/model.ts";
import { pngSize } from "../embed/png-card.ts";

/** Which chart previews a story when its link is shared: the figures first, then the others. */
const PREFERRED: readonly ChartEntry["kind"][] = ["figures", "timeline", "coverage", "quote"];

/**
 * A story's preview image for link previews (Open Graph, Twitter): the PNG of its embedded
 * figures chart, or of its first other embedded chart; none when it has no chart.
 */
export function previewImage(charts: readonly ChartEntry[]) {
  const chart = PREFERRED.flatMap((k) => charts.filter((c) => c.kind === k && c.embed))[0];
  if (!chart) return undefined;
  return {
    path: `/embed/${chart.id}/chart.png`,
    ...pngSize(chart),
    alt: `${chart.title}: ${chart.story?.title ?? ""}`.replace(/: $/, ""),
  };
}
