/**
 * The ages a sentence gives the people it tells of: "a 36-year-old climber", "Ana Ruiz, 52,
 * said", "a man aged 70". Two reports that each describe someone by age, and give no age in
 * common, are about different people, whatever the verb they share ("a 36-year-old died" and
 * "a 32-year-old died" in one weekend's reports are two deaths).
 */
export function agesIn(text: string): number[] {
  const out = new Set<number>();
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const age = Number(m[1]);
      if (age > 0 && age <= MAX_AGE) out.add(age);
    }
  }
  return [...out].sort((a, b) => a - b);
}

const MAX_AGE = 120;

const PATTERNS = [
  /\b(\d{1,3})[- ]years?[- ]old\b/giu,
  // "Ana Ruiz, 52, said": a number set off by commas right after a name.
  /\b\p{Lu}[\p{L}'’.-]*, (\d{1,3}),/gu,
  /\baged (\d{1,3})\b/giu,
];

/**
 * Whether two sentences' ages rule out one person: both give ages and none is within a year
 * of another (a birthday between two reports moves an age by one).
 */
export function differentAges(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => Math.abs(x - y) <= 1));
}
