const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024-10-23" -> "23 October 2024"; "2024-10" -> "October 2024". Independent of locale and TZ. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!y || !month) return iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
