/**
 * Nouns with a special role next to a number: units of measure, units of time, the words that
 * label rather than count ("page 5"), and adjectives that stand for people ("40,000 dead").
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Abbreviated units, which can be what is counted though they do not look plural ("10 km"),
 * and which may be written onto the digits ("10km").
 */
export const UNIT_ABBREVIATIONS = words(`
  km cm mm kg mg mph kph kmh ha mw gw kw tw kwh mwh gwh twh ft mi lb lbs oz
  gb tb mb kb mbps gbps bpd sq
`);

/** Units of time, singular: counted they are durations; after "a" or "per" they are a rate. */
export const TIME_UNITS = words(`
  second minute hour day night week weekend fortnight month quarter year decade century
  millennium
`);

/** Nouns that follow "a", "per" or "each" in a price or a rate: "$80 a barrel". */
export const RATE_NOUNS = words(`
  barrel gallon litre liter tonne ton share head person capita unit kilo kilogram pound ounce
  mile kilometre kilometer piece seat passenger household family resident annum
`);

/** Single words that are a rate on their own: "800 migrants monthly". */
export const RATE_WORDS = words(`
  annually yearly monthly weekly daily nightly hourly apiece year-on-year year-over-year
  month-on-month quarter-on-quarter week-on-week
`);

/** Adjectives that name people when counted: "40,000 dead", "1,200 wounded". */
export const NOMINAL_ADJECTIVES = words(`
  dead wounded injured killed missing displaced detained arrested evacuated homeless unemployed
  hospitalized hospitalised infected captured rescued hurt
`);

/** Nouns ending in -ing, which otherwise look like verbs after a number. */
export const ING_NOUNS = words(`
  funding spending financing lending borrowing housing training clothing building fighting
  shelling bombing offering ceiling meeting rating ranking saving pricing marketing advertising
  banking shipping polling morning evening wedding warning outing reading
`);

/** Words after which a number names something rather than counting it: "page 5", "No. 10". */
export const LABEL_NOUNS = words(`
  page pages p pp section sections chapter article paragraph clause no nos room flight route
  line gate platform episode season volume vol issue item rule step phase level category grade
  class type model version figure fig table exhibit amendment resolution district ward block lot
  row seat highway interstate track stage round game match unit division brigade battalion
  regiment corps squadron fleet army district precinct zone sector lane street avenue road
  building floor terminal channel number day week art sec ch
`);

/**
 * Nouns that only say "a quantity" ("the total surpassed 9,000", "a total of 500"): when the
 * subject is one of these, the thing counted is not stated.
 */
export const GENERIC_QUANTITY_NOUNS = words(`
  total number sum figure amount maximum minimum average tally count estimate range peak high
  low level rate share proportion percentage quantity value one
`);
