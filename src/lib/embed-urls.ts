/**
 * Where the site says it lives, for the absolute addresses an embed snippet and an oEmbed
 * file must carry. Set TRIANGULATE_SITE (e.g. https://news.example.org) when publishing; the
 * default is the address `npm start` serves on. On the page, a script swaps in the real origin.
 */
export const DEFAULT_SITE = "http://127.0.0.1:4321";

export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env.TRIANGULATE_SITE?.trim() || DEFAULT_SITE;
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`TRIANGULATE_SITE is not an absolute URL: ${JSON.stringify(raw)}`);
  }
}

/** Room for the chart, title, credit and links: the first height of an embed's iframe. */
export function embedHeight(svg: string): number {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [360, 300];
  // The chart is drawn at most ~448 px wide (28rem), so its height scales with it.
  return Math.round(Math.min(448 / w, 1.25) * h + 170);
}
