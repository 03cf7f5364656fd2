/**
 * Code-unit string order: the same on every machine and in every locale, unlike localeCompare,
 * so the same seeds always give the same claim order.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
