import { cleanField } from "./clean-text.ts";

/** Longer addresses are not links anyone wrote by hand; they are dropped with the rest. */
export const MAX_URL = 2_048;

/**
 * A seed's URL as the site links it: cleaned like every field, then parsed; only an absolute
 * http(s) address with a host is kept, in the standard form the URL parser writes it (so what
 * the page shows is exactly where the link goes). Anything else is null.
 */
export function cleanUrl(raw: string): string | null {
  const value = cleanField(raw);
  if (value.length > MAX_URL || !/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return null;
    return url.href;
  } catch {
    return null;
  }
}
