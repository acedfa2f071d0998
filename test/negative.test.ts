import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../src/check';
import type { ClaimValue } from '../src/schema';

type Pair = readonly [attribute: string, a: ClaimValue, b: ClaimValue, publishedA?: string | undefined, publishedB?: string | undefined];

/** Two sources assert a value for one attribute of one subject; returns the single group. */
function check([attribute, a, b, pubA, pubB]: Pair) {
  const report = checkConsistency(
    [
      { id: 'a', source: 'A', subject: 'the subject', attribute, value: a },
      { id: 'b', source: 'B', subject: 'the subject', attribute, value: b },
    ],
    {
      sources: [
        { id: 'A', ...(pubA === undefined ? {} : { publishedAt: pubA }) },
        { id: 'B', ...(pubB === undefined ? {} : { publishedAt: pubB }) },
      ],
    },
  );
  expect(report.groups).toHaveLength(1);
  return report;
}

// Formatting variants, refinements and aliases: a false alarm here is a bug.
const MUST_NOT_CONFLICT: readonly Pair[] = [
  ['age', '66-year-old', 66],
  ['maximum prison sentence', 'up to 18 months', '18 months'],
  ['sentence', '18-month sentence', '18 months'],
  ['sentence', '18 months', '1.5 years'],
  ['blazer', 'blue blazer', 'navy blue blazer'],
  ['charge', 'manslaughter', 'involuntary manslaughter'],
  ['charge', 'involuntary manslaughter charges', 'involuntary manslaughter'],
  ['judge', 'Judge Mary Marlowe Sommer', 'Mary Marlowe Sommer'],
  ['judge', 'Sommer', 'Mary Marlowe Sommer'],
  ['wife', 'Hilaria', 'Hilaria Baldwin'],
  ['year', '2021', 2021],
  ['dismissal date', 'Friday, July 12', 'Friday (12.07.24)', undefined, '2024-07-13'],
  ['dismissal date', 'on Friday', '12 July 2024'],
  ['dismissal date', 'July 2024', '12 July 2024'],
  ['dismissal date', 'July 12', '2024-07-12', '2024-07-13'],
  ['court location', 'Santa Fe', 'Santa Fe, New Mexico'],
  ['court location', 'Santa Fe, New Mexico', 'Santa Fe County District Court'],
  ['venue', 'Casa Chimayo', 'Casa Chimayo restaurant in Santa Fe'],
  ['sched_dep_time', '7:10 a.m.', '7:10aDec 1'],
  ['sched_dep_time', '6:47 p.m. (Estimated runway)', '6:47 p.m.'],
  ['sched_dep_time', 'Not Available', '7:10 a.m.'],
  ['Visibility', '10', '10.00'],
  ['Pressure', '30.1', '30.12'],
  ['death toll', 'N/A', '42'],
  ['death toll', 'about 40', 42],
  ['settlement', '$500', '€500'],
  ['lawyers', ['Alex Spiro', 'Luke Nikas'], ['Luke Nikas']],
  ['author', 'Knuth, Donald E.', 'Donald Ervin Knuth'],
  // From the news clusters (the shared news clusters beside the repository).
  ['depth', '10 kilometers (6 miles)', 'six miles'], // Aceh: Press TV vs The Independent
  ['depth', 'just 10 kilometres', '10 kilometers'],
  ['epicenter', '55 kilometers (34 miles) west of the town of Bireun', 'roughly 55 kilometers from the town of Bireuen'], // Aceh: AP vs GlobalPost
  ['epicenter', 'about 14 miles north-northeast of Healdsburg', 'about 14 miles northeast of Healdsburg'], // Sonoma: ABC7 vs Mercury News
  ['epicenter', 'about 14 miles north-northeast of Healdsburg', 'about 26 miles north of Santa Rosa'], // Sonoma: ABC7 vs LA Times
  ['epicenter', 'about 3 miles southwest of Cobb', 'near Clearlake in Lake County'], // Sonoma: Press Democrat vs Napa Valley Register
  ['time', '0737 GMT', '7:37 AM local time'], // Aceh: AFP vs GlobalPost, no verdict without the zone
  ['time', '0737 GMT', '14:37 WIB'],
  ['time', 'just before 2 a.m.', 'around 2 a.m.'], // Chicago: Sun-Times vs ABC7
  ['weapon', 'a handgun', '.9mm handgun'], // Aransas Pass: KIII-TV
  // Issue 10: values as a careful reader reads them (the shared news clusters and a new user's first tries).
  ['name', 'GoLo', 'Go Lo'], // Chicago: joined and split
  ['weapon', '9mm handgun', 'loaded 9 mm handgun'], // Terrell
  ['weapon recovered', 'A gun', 'silver and black handgun'], // Coney Island
  ['location', 'a home on West Highland near Avenue A', 'a home in the 1700 block of West Highland'], // Aransas Pass
  ['location', 'a home on West Highland near Avenue A', '1700 block of West Highland Avenue off of South Avenue A'],
  ['location', 'a home in the 1700 block of West Highland', '1700 block of West Highland Avenue off of South Avenue A'],
  ['location', 'near East 51st Street and South Indiana Avenue', 'the foyer of the GoLo station'], // Chicago: a street and a room
  ['where the victims were found', 'the foyer of the GoLo station', 'near East 51st Street and South Indiana Avenue'],
  ['shooting time', 'around 4:30 a.m.', 'around 4:35 a.m.'], // Coney Island
  ['top speed', '130 miles per hour', '130 mph'],
  ['top speed', '185 km/h', '115 miles per hour'],
  ['area', '50 km²', '5,000 hectares'],
  ['spokesman', 'Captain A.D. Sansom', 'Capt. Arley Sansom'], // Terrell: a given name against its initial
  ['title', 'police Capt.', 'East Palo Alto police Captain'], // bench/heldout East Palo Alto: an abbreviation
  ['title', 'Capt.', 'East Palo Alto police Captain'],
  ['agency', 'Indianapolis Police Department', 'IMPD'], // bench/heldout Indianapolis: an acronym with one word more
  ['agency', 'NYPD', 'New York Police Department'],
  ['magnitude', '6.1 magnitude', 'magnitude-6.1'], // Aceh: not a house number on a street
  ['deaths', 'a family', '4'], // the article counts nothing in a group noun
  ['deaths', 'a large number', '37'],
  ['region', 'West Africa', 'Western Africa'],
  ['where his body was found', 'outside the apartment building', 'behind the apartment building'], // bench/heldout Pittsburgh
  ['died at', 'At hospital', 'Central Florida Regional Hospital in Sanford'], // bench/heldout Deltona
  ['worked security at', 'Southwest Christian College', 'Southwestern Christian College'], // a misspelling is not two colleges
  ['state licensed security officer', false, 'no'], // Terrell: a boolean, not a name
  ['anyone in custody', 'No one', false], // Chicago
  ['deaths', 'No deaths', 'none'],
  ['injured', 'about two dozen', '20'],
  ['crowd', 'like 40 or 50', '45'],
  ['whether related', 'unclear', 'not clear'], // Coney Island
  ['died at', 'a nearby hospital', 'an area hospital'], // Aransas Pass
  ['cause', 'a space heater caused the fire', 'a portable heater sparked the blaze'],
  ['expected release', 'Wednesday', 'Wednesday', '2016-09-06', '2016-09-07'], // Terrell: FOX 4 (Tuesday) and NBC (Wednesday)
  ['when', 'two weeks ago', 'February 2017', '2017-03-10', '2017-03-10'],
  // A part of a place is in it: the forehead is in the head, the porch at the house.
  ['where he was shot', 'in the head', 'Forehead'],
  ['wound location', 'chest', 'torso'],
  ['where she was found', 'the porch', 'at the house'],
  // Whose home it is names no place: one home said three ways (bench/heldout Chesapeake).
  ['found dead', 'family home (first location)', 'His Residence, Shortly After 3:30 Wednesday'],
  // A part is in its whole however it is written: capitalised labels, a possessive.
  ['where he was shot', 'in his head', 'Forehead'],
  ['wound location', 'Chest', 'Torso'],
  ['where he was shot', 'Temple', 'Head'],
  ['where she was found', 'in her room', 'in the building'],
];

// The twin list: real disagreements that must be found.
const MUST_CONFLICT: readonly Pair[] = [
  // A home is not an apartment by WordNet, and his home is not a hospital.
  ['found dead', 'his home', 'a nearby hospital'],
  // Parts of one whole, neither in the other, are two places.
  ['where he was shot', 'Forehead', 'chin'],
  ['wound location', 'neck', 'shoulder'],
  // Towns named by common nouns: synonyms or kinds as nouns, two places as names (Independence and Liberty, Mo.).
  ['city', 'Independence', 'Liberty'],
  ['where it happened', 'in Paradise', 'in Eden'],
  // A part of a time is not a place in it: night is not day (WordNet has night as a part of the 24-hour day).
  ['when', 'at night', 'during the day'],
  ['dismissal date', 'Friday (12.07.24)', 'Friday, July 13', '2024-07-13', '2024-07-14'],
  ['venue', 'Casa Chimayo restaurant in Santa Fe', 'the bar in the El Dorado Hotel in Santa Fe'],
  ['age', 66, 58],
  ['brother', 'Alec Baldwin', 'Stephen Baldwin'],
  ['sched_dep_time', '7:10 a.m.', '7:16 a.m.'],
  ['verdict', 'guilty', 'not guilty'],
  ['sentence', '18 months', '2 years'],
  ['hometown', 'Terrell, Texas', 'Dallas, Texas'],
  ['killed by', 'a drunk driver', 'a police officer'], // an agent, not a count of one
  ['country', 'North Korea', 'South Korea'],
  // From the news clusters (the shared news clusters beside the repository).
  ['epicenter', '55 kilometers (34 miles) west of the town of Bireun', '55 kilometres south of Bireun'], // Aceh: AP vs AFP
  ['depth', '1.2 miles', '12 miles'], // Sonoma: ABC7 vs Mercury News
  ['duration of the shaking', 'around 15 seconds', 'around one minute'], // Aceh: the disaster agency vs an AFP journalist
  ['age', '64-year-old', 65], // Chicago: Tribune vs ABC7
  ['location', 'Mermaid Ave. and W. 15th St.', 'West 16th Street and Mermaid Avenue'], // Coney Island: Daily News vs CBS
  ['magnitude', '8.6-magnitude', '8.7-magnitude'], // Aceh: AFP vs Press TV on the April 2012 quake; "8.6" and "8.7" only touch
  ['date', 'April last year', 'May 2012', '2013-07-02', '2013-07-02'], // the same quake: April (AFP) or May (Press TV)
  ['number of countries', 13, 14], // the 2004 tsunami: Press TV vs The Independent
  // Issue 10.
  ['deaths', 'No deaths', 3],
  ['injured', 'No one was hurt', 'one'],
  ['injured', 'about two dozen', '40'],
  ['floor area', '120,000-square-foot', '12,000 square feet'],
  ['top speed', '185 km/h', '50 m/s'],
  ['time', 'around 10 p.m.', '10:30 p.m.'], // Aransas Pass: two roundings, half an hour apart
  ['time', 'around 10 p.m. Tuesday', 'last night around 10:30', '2016-06-29', '2016-06-29'],
  ['time', 'around 4 a.m. Sunday', 'around 4:35 a.m.'], // Coney Island: the earlier shooting
  ['direction from Bireun', 'west', 'south'], // Aceh: AP against AFP
  // Title Case, as notes write it, is still a place told from another: west and south of one town are two places.
  ['distance', 'about 110 miles west of Sioux Falls', 'About 110 Miles South Of Sioux Falls'],
  // A name that holds a numeral is no number: two places still conflict.
  ['location', 'the 32nd floor', 'the lobby'],
  // A given name that is also a month or a weekday's short form is a name ("April" / "Amber", "Jun" / "Wei").
  ['victim', 'April', 'Amber'],
  ['victim', 'Jun', 'Wei'],
  // A count written as words with a noun is compared as a count against one written in digits.
  ['shooters', '2 Men', '3'],
  // Title Case and capitals, with no hint from the attribute: still a place told from another.
  ['x', 'About 110 Miles South Of Sioux Falls', 'About 110 Miles West Of Sioux Falls'],
  ['x', 'ABOUT 110 MILES SOUTH OF SIOUX FALLS', 'ABOUT 110 MILES WEST OF SIOUX FALLS'],
  ['place of death', 'a nearby hospital', 'at the scene'], // Aransas Pass
  ['motion outcome', 'granted', 'not granted'],
];

describe('the negative list', () => {
  it.each(MUST_NOT_CONFLICT)('%s: %j and %j do not conflict', (...pair) => {
    const report = check(pair as unknown as Pair);
    expect(report.conflicts).toEqual([]);
    expect(report.groups[0]!.status).not.toBe('conflict');
  });
});

describe('values that cannot be compared', () => {
  it.each([
    ['time', '0737 GMT', '7:37 AM local time', /time zone/],
    ['epicenter', 'about 14 miles north-northeast of Healdsburg', 'about 26 miles north of Santa Rosa', /different places/],
    ['settlement', '$500', '€500', /currencies \(EUR and USD\)/],
    // A value wholly of a closed kind in a group of names or places: two questions joined, not two answers (bench/heldout).
    ['condition', 'Extremely Critical', 'Sunday Afternoon', /"Sunday Afternoon" reads as a date and "Extremely Critical" does not/],
    ['identified', 'Surveillance Video', 'Tuesday Night', /reads as a date/],
    ['location', 'Maximum Level Lounge, 5118 Sansom St.', '4', /"4" reads as a number and "Maximum Level Lounge, 5118 Sansom St\." does not/],
  ] as const)('%s: %j and %j are neither agreement nor conflict, and an issue says why', (attribute, a, b, why) => {
    const report = check([attribute, a, b]);
    expect(report.conflicts).toEqual([]);
    const issue = report.issues.find((i) => i.code === 'incomparable_values');
    expect(issue?.message).toMatch(why);
    expect(issue?.group).toBe(report.groups[0]!.id);
  });
});

describe('values of two kinds in a group of names or places', () => {
  const run = (attribute: string, values: readonly string[], options: Parameters<typeof checkConsistency>[1] = {}) =>
    checkConsistency(values.map((value, k) => ({ id: `c${k}`, source: `S${k}`, subject: 'the subject', attribute, value })), options);
  it('relates two values of one other kind through that kind ("Late Tuesday" / "Tuesday Night" among names)', () => {
    const r = run('victim', ['John Smith', 'Tuesday Night', 'Late Tuesday']);
    expect(r.conflicts).toEqual([]);
    expect(r.groups[0]!.status).toBe('unverified');
  });
  it('compares a count written in words against one in digits, as a count ("Two Men" / "3")', () => {
    const r = run('shooter', ['John Smith', 'Two Men', '3']);
    const g = r.groups[0]!;
    const at = (v: string) => g.positions.find((p) => p.value === v)!;
    expect(at('3').conflictsWith).toEqual([at('Two Men').id]);
  });
  it('says the same whatever the order of the claims', () => {
    const message = (values: readonly string[]) => run('victim', values).issues.find((i) => i.code === 'incomparable_values')!.message.replace(/ \(claim c\d\)/g, '');
    const one = message(['Sunday Afternoon', '4', 'John Smith']);
    expect(message(['4', 'John Smith', 'Sunday Afternoon'])).toBe(one);
    expect(message(['John Smith', 'Sunday Afternoon', '4'])).toBe(one);
  });
  it('leaves a kind the caller set as it is ("Room 214" / "212" as places)', () => {
    const r = run('location', ['Room 214', '212'], { attributes: { location: { kind: 'place' } } });
    expect(r.conflicts).toHaveLength(1);
  });
});

describe('the positive list', () => {
  it.each(MUST_CONFLICT)('%s: %j and %j conflict', (...pair) => {
    const report = check(pair as unknown as Pair);
    expect(report.conflicts).toHaveLength(1);
    const [p1, p2] = report.groups[0]!.positions;
    expect(p1!.conflictsWith).toEqual([p2!.id]);
  });
});
