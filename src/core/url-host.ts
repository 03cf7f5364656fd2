/**
 * A site's name as readers recognise it from an address: the host without "www."
 * ("https://www.gazette.example/a" -> "gazette.example"); null for a missing or broken address
 * or a host without a dot (localhost). Ingest names an outlet by it when nothing else does, and a
 * source page says where its original is.
 */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./i, "").toLowerCase();
    return host.includes(".") ? host : null;
  } catch {
    return null;
  }
}
