/**
 * Common English hypocorisms: the short and familiar forms of given names ("Bill" for William,
 * "Peggy" for Margaret). No maintained npm package holds such a list (the few that exist are a
 * dozen names or pull in a whole NLP toolkit), so this is the general list, written from the
 * usual English nickname tables. Each line is a formal name, then its familiar forms.
 */
const TABLE = `
abigail abby abbie gail
abraham abe
albert al bert bertie
alexander alex al sandy xander
alexandra alex alexa sandra sandy lexie
alfred al alf alfie fred
allison allie ally
andrew andy drew
angela angie
anthony tony
antonio tony
arthur art artie
barbara barb barbie babs
benjamin ben benny benji
bernard bernie
beverly bev
bradley brad
bridget biddy bridie
calvin cal
catherine cathy kate katie kath cat
charles charlie chuck chas chaz
charlotte charlie lottie
christina chris tina christy
christine chris tina chrissy
christopher chris kit topher
clifford cliff
cynthia cindy
daniel dan danny
david dave davey
deborah deb debbie debby
dennis denny
donald don donnie donny
dorothy dot dottie dolly
douglas doug
edward ed eddie ted teddy ned
eleanor ellie nell nora
elizabeth liz lizzie beth betty bettie betsy libby eliza
emily em emmy
eugene gene
frances fran frannie
francis frank frankie
frederick fred freddie freddy rick
gabriel gabe
gerald gerry jerry
gregory greg
harold hal harry
harriet hattie
henry hank harry hal
herbert herb bert
isabella bella izzy
jacob jake
james jim jimmy jamie
janet jan
jeffrey jeff
jennifer jen jenny
jeremy jerry
jessica jess jessie
joan joanie
john jack johnny jock
jonathan jon jonny
joseph joe joey
joshua josh
judith judy jude
katherine kathy kate katie kathryn kay
kathleen kathy kate katie
kathryn kathy kate katie kay
kenneth ken kenny
lawrence larry laurie
leonard len lenny leo
louis lou
louise lou lulu
lucille lucy
margaret maggie meg peggy marge madge greta
martha marty mattie
martin marty
matthew matt
michael mike mikey mick mickey
mitchell mitch
nancy nan
nathan nate
nathaniel nate nat
nicholas nick nicky
patricia pat patty trish tricia
patrick pat paddy
peter pete
philip phil pip
phillip phil
rebecca becky becca
richard rick ricky dick rich richie
robert rob bob bobby robbie bert
roberta bobbie
ronald ron ronnie
rosemary rose rosie
samantha sam sammy
samuel sam sammy
stanley stan
stephanie steph
stephen steve stevie
steven steve stevie
susan sue susie suzy
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
valerie val
victoria vicky tori
vincent vince vinny
virginia ginny
walter walt wally
william bill billy will willy liam
zachary zach zack
`;

const variants = new Map<string, Set<string>>();
for (const line of TABLE.trim().split("\n")) {
  const [formal, ...short] = line.trim().split(/\s+/) as [string, ...string[]];
  const group = [formal, ...short];
  for (const name of group) {
    const set = variants.get(name) ?? new Set<string>();
    // A short form belongs to its formal names; two formal names never match through a shared
    // short form ("Harry" is Henry's and Harold's; Henry is not Harold).
    if (name === formal) for (const s of short) set.add(s);
    else set.add(formal);
    variants.set(name, set);
  }
}

/**
 * True when two given names may be one person's: the same name, or a formal name and one of its
 * familiar forms ("William" and "Bill", "Katie" and "Kathryn"). Two familiar forms of one
 * formal name also match ("Bill" and "Billy"). Spelling variants ending in -ie/-y match too
 * ("Bettie", "Betty").
 */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.replace(/ie$/, "y") === y.replace(/ie$/, "y")) return true;
  const vx = variants.get(x);
  const vy = variants.get(y);
  if (vx?.has(y) || vy?.has(x)) return true;
  // Two familiar forms of one formal name: both point to it.
  if (vx && vy && !isFormal(x) && !isFormal(y)) for (const f of vx) if (vy.has(f)) return true;
  return false;
}

const formals = new Set(
  TABLE.trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0] as string),
);
const isFormal = (name: string) => formals.has(name);
