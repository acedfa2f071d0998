import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import { KeyNormalizer, pluralAndSingular } from '../../src/normalize/keys';
import { fold, stem, tokenize } from '../../src/normalize/text';

const keys = new KeyNormalizer();
const subject = (s: string) => keys.normalize(s, 'subject').key;
const attribute = (s: string) => keys.normalize(s, 'attribute').key;

describe('fold and tokenize', () => {
  it('fold Unicode, diacritics, case, quotes and spaces', () => {
    expect(fold('  ‘Rust’  Café ')).toBe("'rust' cafe");
    expect(fold('Ｓａｎｔａ Ｆｅ')).toBe('santa fe');
  });
  it('drop possessives', () => {
    expect(tokenize("Baldwin's case")).toEqual(['baldwin', 'case']);
    expect(tokenize('Hutchins’s family')).toEqual(['hutchins', 'family']);
  });
  it('stem lightly and consistently', () => {
    expect(stem('dismissal')).toBe(stem('dismissed'));
    expect(stem('sentences')).toBe(stem('sentence'));
  });
});

describe('subject and attribute keys', () => {
  it.each([
    ['the case against Alec Baldwin', 'Alec Baldwin case'],
    ['Judge Mary Marlowe Sommer', 'Mary Marlowe Sommer'],
    ['ALEC  BALDWIN', 'Alec Baldwin'],
  ])('%j and %j are one subject', (a, b) => {
    expect(subject(a)).toBe(subject(b));
  });

  it('keeps a stranded "from" at the end of an attribute: where from is not where (held-out Houston, Port Orange)', () => {
    expect(attribute('where they were taken from')).not.toBe(attribute('where they were taken'));
    expect(attribute('where he is from')).not.toBe(attribute('where he is'));
    expect(attribute('Fired From')).not.toBe(attribute('fired'));
    expect(attribute('Fired From')).toBe(attribute('fired_from'));
    // Only at the end, and not alone: "from" inside a name is a qualifier's preposition as before.
    expect(attribute('distance from Bireun')).toBe(attribute('distance Bireun'));
    expect(attribute('from')).toBe('from');
  });

  it("keeps a title that is all there is, and a role after a name: \"Baldwin's attorney\" is not Baldwin", () => {
    expect(subject('the judge')).toBe(subject('Judge'));
    expect(subject('the judge')).not.toBe('');
    expect(subject("Baldwin's attorney")).not.toBe(subject('Baldwin'));
  });

  it('keeps a plural head noun: several are not one ("the brothers" / "Brother"), and plurals meet plurals', () => {
    expect(subject('the brothers')).not.toBe(subject('Brother'));
    expect(subject('Victims')).not.toBe(subject('the victim'));
    expect(subject('Victims')).toBe(subject('the victims'));
    expect(subject('the shootings at the mall')).not.toBe(subject('the shooting at the mall'));
    // Only the head: "the victims' mother" is one mother.
    expect(subject("the victims' mother")).toBe(subject("the victim's mother"));
  });

  it.each([
    ['the shooters', 'the shooter'],
    ['the Smiths', 'Smith'],
    ['the two officers', 'the officer'],
    ["the victims' families", "the victim's family"],
    // Plurals WordNet also lists as nouns of their own ("teens": the years of one's age; "leaders": a group).
    ['the teens', 'teen'],
    ['the twins', 'the twin'],
    ['the gang leaders', 'the gang leader'],
    ['the marines', 'marine'],
  ])('keeps %j, plural people, apart from %j', (a, b) => {
    expect(subject(a)).not.toBe(subject(b));
  });

  it.each([
    ['the teens', 'teen'],
    ['the twins', 'twin'],
    ['the gang leaders', 'the gang leader'],
  ])('never takes %j for %j, whose age is not theirs', (plural, singular) => {
    const report = checkConsistency([
      { id: 'p-age', source: 'a', subject: plural, attribute: 'age', value: '16 and 17' },
      { id: 'p-town', source: 'a', subject: plural, attribute: 'hometown', value: 'Dayton' },
      { id: 's-age', source: 'b', subject: singular, attribute: 'age', value: 15 },
      { id: 's-town', source: 'b', subject: singular, attribute: 'hometown', value: 'Dayton' },
    ]);
    expect(report.groups.find((g) => g.claims.includes('p-age'))!.claims).toEqual(['p-age']);
  });

  it.each([
    ['victims', 'victim', true],
    ['officer', 'officers', true],
    ['shootings', 'shooting', false], // the singular's stem is "shoot": no spelling of it either
    ['victim', 'vicitm', false],
    ['hooters', 'hooter', false], // no plural kept: a possessive without its apostrophe
    // English's plurals in -men are one letter from their singulars too, and as long.
    ['gunmen', 'gunman', true],
    ['woman', 'women', true],
    ['policemen', 'policeman', true],
    ['omen', 'oman', false],
  ])('reads key tokens %j and %j as a plural head and its singular: %s', (a, b, expected) => {
    expect(pluralAndSingular(a, b)).toBe(expected);
  });

  it.each([
    ['the gunmen', 'gunman'],
    ['the women', 'woman'],
    ['the spokesmen', 'spokesman'],
  ])('never takes a plural in -men, %j, for a misspelling of its singular %j', (plural, singular) => {
    for (const linking of ['spelling', 'profile'] as const) {
      const report = checkConsistency(
        [
          { id: 'p', source: 'a', subject: plural, attribute: 'hometown', value: 'Dayton' },
          { id: 's', source: 'b', subject: singular, attribute: 'hometown', value: 'Dayton' },
        ],
        { linking },
      );
      expect(report.groups.find((g) => g.claims.includes('p'))!.claims).toEqual(['p']);
    }
  });

  it('never takes a plural head for a misspelling of its singular', () => {
    for (const linking of ['spelling', 'profile'] as const) {
      const report = checkConsistency(
        [
          { id: 'p', source: 'a', subject: 'the victims', attribute: 'hometown', value: 'Dayton' },
          { id: 's', source: 'b', subject: 'victim', attribute: 'hometown', value: 'Dayton' },
          { id: 't', source: 'c', subject: 'the victm', attribute: 'hometown', value: 'Dayton' },
        ],
        { linking },
      );
      expect(report.groups.find((g) => g.claims.includes('p'))!.claims).toEqual(['p']);
      // A misspelling of the singular is still the singular.
      expect(report.groups.find((g) => g.claims.includes('s'))!.claims).toEqual(['s', 't']);
    }
  });

  it.each([
    // A plural word that names no people, group, act or event: a possessive written without its apostrophe.
    ['Hooters', "Hooter's"],
    ['Adams', 'Adam’s'],
    ['Burns', "Burn's"],
    ['Lowes', "Lowe's"],
  ])('reads %j and %j as one subject', (a, b) => {
    expect(subject(a)).toBe(subject(b));
  });

  it('keeps a generation in a name, and drops a suffix that says nothing of who it is', () => {
    expect(subject('Marcus Greer Jr.')).not.toBe(subject('Marcus Greer Sr.'));
    expect(subject('Marcus Greer Jr.')).toBe(subject('marcus greer jr'));
    expect(subject('Marcus Greer Jr.')).not.toBe(subject('Marcus Greer'));
    expect(subject('Ann Ruiz, Esq.')).toBe(subject('Ann Ruiz'));
  });

  it('marks a subject that joins two things, in either order, and only before a comma', () => {
    expect(subject('Greenhouse and Stafford')).toBe(subject('Stafford & Greenhouse'));
    expect(subject('Greenhouse and Stafford')).not.toBe(subject('Greenhouse Stafford'));
    expect(subject('Bay Roberts, Newfoundland and Labrador')).toBe(subject('Bay Roberts Newfoundland Labrador'));
    // "and" opening or closing the phrase joins nothing.
    expect(subject('And Stafford')).toBe(subject('Stafford'));
    // One word joined to itself is still two ("Johnson & Johnson" is not "Johnson").
    expect(subject('Johnson & Johnson')).not.toBe(subject('Johnson'));
    // After a word that ends the head, "and" joins what the head is of, at or who did: no mark.
    expect(subject('the shooting at Fifth and Main')).toBe(subject('the Fifth Main shooting'));
    expect(subject('Department of Health and Human Services')).toBe(subject('Health Human Services Department'));
    expect(subject('the man who shot and killed his wife')).toBe(subject('the man who shot killed his wife'));
    // An ampersand inside a name ("AT&T", "Texas A&M") joins nothing.
    expect(subject('AT&T Stadium')).toBe(subject('AT T Stadium'));
  });

  it.each([
    ['date of dismissal', 'dismissal date'],
    ['dismissed on', 'dismissal date'],
    ['Sentences', 'sentence'],
  ])('%j and %j are one attribute', (a, b) => {
    expect(attribute(a)).toBe(attribute(b));
  });

  it('applies aliases', () => {
    const k = new KeyNormalizer([['Associated Press', 'AP']]);
    expect(k.normalize('AP', 'subject').key).toBe(k.normalize('the Associated Press', 'subject').key);
  });
});

describe("an honorific's sex in a subject key", () => {
  const tokens = (s: string) => keys.normalize(s, 'subject').tokens;
  it.each([
    ['Mr. Smith', 'Mrs. Smith'],
    ['Mr Alvarez', 'Ms. Alvarez'],
    ['Sir Paul Smith', 'Lady Paul Smith'],
  ])('%j and %j are two keys with the same words', (a, b) => {
    expect(subject(a)).not.toBe(subject(b));
    expect(tokens(a)).toEqual(tokens(b));
  });
  it.each([
    ['Mrs. Smith', 'Ms Smith'],
    ['Mrs. Smith', 'Miss Smith'],
    ['Mr. Smith', 'mr smith'],
  ])('%j and %j are one key (one sex)', (a, b) => {
    expect(subject(a)).toBe(subject(b));
  });
  it('marks nothing where no name follows, or two people are named', () => {
    expect(subject('Mr. and Mrs. Smith')).not.toMatch(/ m[rs]\.$/);
    expect(subject('Smith')).toBe('smith');
    expect(subject('Dr. Smith')).toBe('smith');
    expect(subject('Mrs')).not.toMatch(/ m[rs]\.$/);
  });
});

describe('Mr. and Mrs.: two people however they are linked', () => {
  const run = (rows: string[]) =>
    checkConsistency(
      rows.map((r, i) => {
        const [source, subject, attribute, value] = r.split('|');
        return { id: `c${i}`, source: source!, subject: subject!, attribute: attribute!, value: value! };
      }),
    );
  const together = (report: ReturnType<typeof run>, a: string, b: string) => report.groups.some((g) => g.claims.includes(a) && g.claims.includes(b));
  it('a husband and a wife of one surname never share a group, from two sources or one', () => {
    const r = run(['a|Mr. Smith|age|45', 'b|Mrs. Smith|age|43', 'a|Mrs. Smith|job|teacher', 'b|Mr. Smith|job|plumber']);
    expect(r.conflicts).toEqual([]);
    expect(together(r, 'c0', 'c1')).toBe(false);
    expect(together(r, 'c2', 'c3')).toBe(false);
  });
  it('a bare surname joins the one honorific form ("Smith" is "Mrs. Smith"), and is ambiguous between two', () => {
    expect(together(run(['a|Smith|age|45', 'b|Mrs. Smith|age|43']), 'c0', 'c1')).toBe(true);
    const both = run(['a|Smith|age|45', 'b|Mrs. Smith|age|43', 'c|Mr. Smith|age|47']);
    expect(both.conflicts).toEqual([]);
    expect(both.issues.map((i) => i.code)).toContain('ambiguous_subject');
  });
  it('an honorific joins a full name whose given name is of that sex or of either, never of the other', () => {
    expect(together(run(['a|Jane Smith|age|45', 'b|Mrs. Smith|age|43']), 'c0', 'c1')).toBe(true);
    expect(together(run(['a|Jordan Smith|age|45', 'b|Mrs. Smith|age|43']), 'c0', 'c1')).toBe(true);
    expect(together(run(['a|John Smith|age|45', 'b|Mrs. Smith|age|43']), 'c0', 'c1')).toBe(false);
    expect(together(run(['a|Roberta Harris|age|45', 'b|Mr. Harris|age|43']), 'c0', 'c1')).toBe(false);
  });
  it("the caller's aliases and entities: one for an honorific form takes in only its sex; the form joins a full name of its sex", () => {
    const claims = [
      { id: 'c0', source: 'a', subject: 'Mrs. Smith', attribute: 'age', value: '43' },
      { id: 'c1', source: 'b', subject: 'Mr. Smith', attribute: 'age', value: '45' },
      { id: 'c2', source: 'c', subject: 'Jane Doe', attribute: 'age', value: '43' },
    ];
    const byEntity = checkConsistency(claims, { entities: [{ id: 'jane', names: ['Mrs. Smith', 'Jane Doe'] }] });
    expect([...byEntity.groups.find((g) => g.claims.includes('c0'))!.claims].sort()).toEqual(['c0', 'c2']);
    expect(byEntity.groups.find((g) => g.claims.includes('c1'))!.claims).toEqual(['c1']);
    const byAlias = checkConsistency([...claims, { id: 'c3', source: 'd', subject: 'Jane Smith', attribute: 'age', value: '43' }], {
      aliases: [['Jane Smith', 'Smith']],
    });
    expect(byAlias.groups.find((g) => g.claims.includes('c0'))!.claims).toContain('c3');
  });
});
