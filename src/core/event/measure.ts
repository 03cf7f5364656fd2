/**
 * A measure in the base unit of its dimension, so that one source's "2.5 cm" and another's
 * "0.98 inches" can be seen to be one length. Units as figures' nouns write them (singular).
 */
export interface Measure {
  dimension: "length" | "mass" | "area" | "speed";
  /** In metres, kilograms, square metres or metres per second. */
  value: number;
}

const UNITS: Record<string, [Measure["dimension"], number]> = {
  mm: ["length", 0.001],
  millimetre: ["length", 0.001],
  millimeter: ["length", 0.001],
  cm: ["length", 0.01],
  centimetre: ["length", 0.01],
  centimeter: ["length", 0.01],
  m: ["length", 1],
  metre: ["length", 1],
  meter: ["length", 1],
  km: ["length", 1000],
  kilometre: ["length", 1000],
  kilometer: ["length", 1000],
  inch: ["length", 0.0254],
  foot: ["length", 0.3048],
  ft: ["length", 0.3048],
  yard: ["length", 0.9144],
  mile: ["length", 1609.344],
  g: ["mass", 0.001],
  gram: ["mass", 0.001],
  kg: ["mass", 1],
  kilogram: ["mass", 1],
  oz: ["mass", 0.028_349_5],
  ounce: ["mass", 0.028_349_5],
  lb: ["mass", 0.453_592],
  tonne: ["mass", 1000],
  hectare: ["area", 10_000],
  acre: ["area", 4046.86],
  mph: ["speed", 0.447_04],
  kph: ["speed", 1 / 3.6],
  kmh: ["speed", 1 / 3.6],
  knot: ["speed", 0.514_444],
};

/** The figure's value in its dimension's base unit, or null when its noun is no known unit. */
export function measureOf(noun: string, value: number): Measure | null {
  const unit = UNITS[noun.toLowerCase()];
  return unit ? { dimension: unit[0], value: value * unit[1] } : null;
}

/**
 * Whether two measures in different units are one quantity converted: the same dimension
 * and within `tolerance` of each other (conversions are rounded: "600 metres (2,000 feet)").
 */
export function sameMeasure(
  a: { noun: string; value: number },
  b: { noun: string; value: number },
  tolerance = 0.05,
): boolean {
  const x = measureOf(a.noun, a.value);
  const y = measureOf(b.noun, b.value);
  if (!x || !y || x.dimension !== y.dimension) return false;
  const large = Math.max(Math.abs(x.value), Math.abs(y.value));
  return large > 0 && Math.abs(x.value - y.value) <= large * tolerance;
}
