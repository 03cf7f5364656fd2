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

/**
 * The site's public address when TRIANGULATE_SITE is set, or null for a local build, whose pages
 * then link with root-relative paths (they work wherever the folder is served).
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string | null {
  return env.TRIANGULATE_SITE?.trim() ? siteOrigin(env) : null;
}

/**
 * A link to a path of this site ("/stories/x/"): absolute when the public address is known,
 * root-relative otherwise. For what may be relative (canonical links, oEmbed discovery, links
 * inside embeds); an embed snippet or an oEmbed file needs siteOrigin().
 */
export function siteUrl(
  path: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const origin = publicOrigin(env);
  return origin ? `${origin}${path}` : path;
}

/** Room for the chart, title, credit and links: the first height of an embed's iframe. */
export function embedHeight(svg: string): number {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [360, 300];
  // The chart is drawn at most ~448 px wide (28rem), so its height scales with it.
  return Math.round(Math.min(448 / w, 1.25) * h + 170);
}
