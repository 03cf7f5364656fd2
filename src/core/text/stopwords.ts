/**
 * English function words: they say nothing about which fact or event a sentence states. Shared
 * by the stages that compare sentences (compare, timeline), which each add their own on top.
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from
  further had has have having he her here hers herself him himself his how i if in into is it
  its itself just me more most my no nor not now of off on once only or other our ours out over
  own same she should so some such than that the their theirs them then there these they this
  those through to too under until up very was we were what when where which while who whom why
  will with would you your yet still already however since including mr mrs ms may might must
  shall per via upon among amid within without around roughly nearly almost least
  approximately several many much new`.split(/\s+/),
);

export function isFunctionWord(key: string): boolean {
  return STOPWORDS.has(key);
}
