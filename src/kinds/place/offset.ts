import { parseQuantity } from '../quantity';
import type { PlaceOffset } from './value';

/** The 16 points of the compass, clockwise from north, 22.5° apart. */
const POINTS = ['n', 'nne', 'ne', 'ene', 'e', 'ese', 'se', 'sse', 's', 'ssw', 'sw', 'wsw', 'w', 'wnw', 'nw', 'nnw'];
const WIND: Readonly<Record<string, string>> = { n: 'north', e: 'east', s: 'south', w: 'west' };
/** Each point's name in keys: "north northeast", "northeast", "north". */
const POINT_NAMES = POINTS.map((p) =>
  p.length === 3 ? `${WIND[p[0]!]} ${WIND[p[1]!]}${WIND[p[2]!]}` : [...p].map((c) => WIND[c]).join(''),
);
/** Folded names and abbreviations of the points ("nne", "north-northeast", "north northeast", "north-east") as bearings. */
const COMPASS: ReadonlyMap<string, number> = new Map(
  POINTS.flatMap((p, i) => {
    const name = POINT_NAMES[i]!;
    const forms = [p, name, name.replace(' ', '-')];
    if (p.length === 2) forms.push(`${WIND[p[0]!]}-${WIND[p[1]!]}`);
    return forms.map((f) => [f, i * 22.5] as const);
  }),
);
const COMPASS_WORD = '(?:[nsew]{1,3}|(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?)';
/** "about 14 miles north-northeast of", "55 kilometers (34 miles) west of the town of", "431 kilometres off". */
const OFFSET = new RegExp(
  `^((?:(?:about|around|roughly|some|approximately|nearly|almost|just|over|more than|less than|under|at least)\\s+)?\\d{1,6}(?:[.,]\\d{1,3})?\\s?-?\\s?(?:kilomet(?:er|re)s?|kms?|miles?|mi|met(?:er|re)s?|m|feet|foot|ft|yards?|yds?))` +
    `(?:\\s*\\([^()]{0,40}\\))?\\s+(?:(due\\s+)?(${COMPASS_WORD})\\s+of|from|off)\\s+(.+)$`,
);
/** "north of Santa Rosa", "due west of Bireun". */
const BEARING_ONLY = new RegExp(`^(?:(?:just|due|slightly)\\s+)?(${COMPASS_WORD})\\s+of\\s+(.+)$`);
/** "the town of", "the provincial capital" before the name of the place measured from. */
export const ANCHOR_PREFIX = /^(?:the\s+)?(?:(?:provincial|state|regional)\s+)?(?:town|city|village|capital|municipality|community|hamlet)(?:\s+of)?\s+/;
/** "on the western tip of Sumatra island": the rest is a broader place. */
export const ANCHOR_CONTEXT = /\s+on\s+the\s+(?:[a-z]+\s+){0,2}?(?:tip|coast|edge|shore|side|end|outskirts)\s+of\s+/g;

/**
 * A bare compass point ("west", "north-northeast", "due south"): a bearing
 * from a place the attribute names ("direction from Bireun").
 */
export function readBearing(text: string): { bearing: number; key: string } | undefined {
  const bearing = COMPASS.get(text.trim().replace(/^(?:due|to the)\s+/, ''));
  return bearing === undefined ? undefined : { bearing, key: compassName(bearing) };
}

export function readOffset(text: string): { offset: PlaceOffset; anchor: string; key: string } | undefined {
  const m = OFFSET.exec(text);
  if (m !== null) {
    const q = parseQuantity(m[1]!, (d) => d === 'length');
    if (!q.ok) return undefined;
    const bearing = m[3] === undefined ? undefined : COMPASS.get(m[3]);
    if (m[3] !== undefined && bearing === undefined) return undefined;
    const where = bearing === undefined ? 'from' : `${compassName(bearing)} of`;
    return { offset: bearing === undefined ? { distance: q.value } : { distance: q.value, bearing }, anchor: m[4]!, key: `${q.value.key} ${where}` };
  }
  const b = BEARING_ONLY.exec(text);
  if (b !== null) {
    const bearing = COMPASS.get(b[1]!);
    if (bearing === undefined) return undefined;
    return { offset: { bearing }, anchor: b[2]!, key: `${compassName(bearing)} of` };
  }
  return undefined;
}

function compassName(bearing: number): string {
  return POINT_NAMES[bearing / 22.5]!;
}
