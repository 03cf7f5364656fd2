import { MONTH_NAMES, WEEKDAYS } from "../date-words.ts";

/**
 * Everyday English words that are also the names of towns or regions somewhere ("Most",
 * "Split", "Reading", "Central", "Independence"), or codes and acronyms ("IT", "ARM", "WHO"). A news article capitalizes them at the start
 * of a sentence or in a headline, so the gazetteer must not treat them as places on the name
 * alone. This is a general word list, not a list of places: function words, frequent news
 * vocabulary, compass and landform words, months and weekdays. Shared by the gazetteer and the
 * search terms (src/search), which must not index such a word as an entity's name.
 */
const WORDS = `
a about above across after again against ago ahead all almost alone along already also although
always among an and another any anyone anything are around as at away back bad be because been
before behind being below best better between beyond big both but by can cannot could did do
does done down during each early either else enough even ever every few first for former from
further get give given go going good great had has have having he her here hers high him his
how however if in inside into is it its just last late later least less little long low made
make many may maybe me might more most much must my near nearly never new next no none nor not
now of off often old on once one only onto or other others our out outside over own per perhaps
quite rather really same second several shall she should since so some still such than that the
their them then there these they third this those though through thus to today together too
toward towards under until up upon us very via was we well were what when where whether which
while who whom whose why will with within without would yet you your
able accord account act action active add advance age agree aid air alert alliance allied allies
angel answer appeal approach area arm army arrival art assembly attack authority average award
balance bank base basin battle bay beach bear bell belt bill bird black blue board boat body bond
border born bridge brief bright broad brook brother brown budget burn business call camp canal
cape capital captain care career carrier case castle cause cave center central centre chance
change channel chapel charity chase chief child church circle city civil claim clay clear cliff
climate close coal coast cold college colony comfort command commerce common community company
concord congress content control cool corner council count country county court cove cover
creek crest cross crown crystal cup custom cut dale dam danger date dawn day deal defense defence
delta democracy desert design diamond district dock dollar door dove draft dream drive duke dune
eagle earth east eastern economy edge effort election elm empire end energy enterprise entry
estate evening event evidence experts fair faith fall falls family farm father fear federal
field fire fish flat fleet flower focus force ford forest fork fort fortune forum founder freedom
friend front frontier future gain game garden gate general gift glen globe glory gold golden
government grace grand grant grass green grove growth guard gulf hall harbor harbour harmony
harvest haven head health heart heaven height heights help heritage hero hill hills history home
homestead hope horizon horse hospital host house hunter ice idea independence industry iron
island islands isle joy judge jungle justice key king kingdom knight labor lake lakes land
landing law leader league liberty life light lime line lion lodge love lowlands loyal magnet
main major mall man manor march marine mark market marsh mason master matter mayor meadow
medal member mercy mesa middle mile military mill mine minister mission model money moon morning
mount mountain mouth museum nation national nature navy neck news night noble normal north
northern notice number oak ocean office officer officials order orange orchard page palace palm
paradise park party pass peace peak pearl people pilot pine place plain plains plan plant plateau
pleasant plenty point police pond pool port post power prairie premier president press pride
prince princess progress promise prospect providence public queen race rain range ranch ready
record red reform region republic rescue reserve rest result ridge rise river road rock rose
royal rule safety sale salt sand school sea season security senate service settlement shade
shelter shield shore side sight silver society soldier south southern spring springs square
star state station steel stone storm story street strength success summit sun sunrise sunset
supply support surprise table temple terrace territory time tower town trade trail travel
treasure tree trinity triumph trust truth union unity university valley value victory view
village vista voice wall war ward warren water wave way wealth welcome well west western white
wind winter wood woods world worth yard young youth zone
bath male mobile nice opportunity reading split marathon
according added affirmed also announced asked believe believed called came claimed comment
commented confirmed continue continued described despite following found further indicated
left mentioned meanwhile moreover nevertheless noted reported reports said says seen sent
stated told took turned went
`;

const COMMON = new Set([
  ...WORDS.split(/\s+/).filter((w) => w !== ""),
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...WEEKDAYS.keys(),
]);

/**
 * True for a single everyday English word, whatever its capitalization and trailing punctuation
 * ("Most", "SPLIT", "North.").
 */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
}
