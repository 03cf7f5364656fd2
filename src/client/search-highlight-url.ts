/** The parameter that carries a search query to the page a result leads to. */
export const HIGHLIGHT_PARAM = "highlight";

/** A result's address with the query attached, keeping any #fragment at the end. */
export function highlightUrl(url: string, query: string): string {
  const q = query.trim();
  if (!q) return url;
  const hash = url.indexOf("#");
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? "" : url.slice(hash);
  const joiner = base.includes("?") ? "&" : "?";
  return `${base}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${fragment}`;
}
