import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import type { ClaimInput } from '../../src/schema';
import { conflictPairs } from '../helpers';

// Cases a cold review (2026-12-03) wrote against the first version of the shared-words evidence: stories with several
// people of one kind, where words every one of them could share (a hospital, an agency, a time) must not tell who is who.
// Each failed on that version; the conflicts expected are the ones the story holds.


const CASES: [string, ClaimInput[], string[]][] = [
  [
    "two victims, a hospital told under one of them only: the hospital's name does not outweigh agreeing ages",
    [{"id": "a1", "source": "a", "subject": "victim_1", "attribute": "age", "value": 17}, {"id": "a2", "source": "a", "subject": "victim_1", "attribute": "condition", "value": "critical"}, {"id": "a3", "source": "a", "subject": "victim_1", "attribute": "hospital", "value": "Hurley Medical Center"}, {"id": "a4", "source": "a", "subject": "victim_2", "attribute": "age", "value": 22}, {"id": "a5", "source": "a", "subject": "victim_2", "attribute": "condition", "value": "stable"}, {"id": "b1", "source": "b", "subject": "the teenager", "attribute": "age", "value": 17}, {"id": "b2", "source": "b", "subject": "the teenager", "attribute": "his condition", "value": "critical"}, {"id": "b3", "source": "b", "subject": "the man who was wounded", "attribute": "age", "value": 22}, {"id": "b4", "source": "b", "subject": "the man who was wounded", "attribute": "his condition", "value": "stable"}, {"id": "b5", "source": "b", "subject": "the man who was wounded", "attribute": "where he was treated", "value": "Hurley Medical Center"}],
    [],
  ],
  [
    "a hospital's three-word name is one fact: the real \"times shot\" conflict stays",
    [{"id": "a1", "source": "a", "subject": "victim_1", "attribute": "condition", "value": "critical"}, {"id": "a2", "source": "a", "subject": "victim_1", "attribute": "hospital", "value": "Hurley Medical Center"}, {"id": "a3", "source": "a", "subject": "victim_2", "attribute": "age", "value": 22}, {"id": "a4", "source": "a", "subject": "victim_2", "attribute": "condition", "value": "stable"}, {"id": "a5", "source": "a", "subject": "victim_2", "attribute": "wound_location", "value": "leg"}, {"id": "a6", "source": "a", "subject": "victim_2", "attribute": "times_shot", "value": 3}, {"id": "b1", "source": "b", "subject": "the teenager", "attribute": "his condition", "value": "critical"}, {"id": "b2", "source": "b", "subject": "the man who was wounded", "attribute": "age", "value": 22}, {"id": "b3", "source": "b", "subject": "the man who was wounded", "attribute": "his condition", "value": "stable"}, {"id": "b4", "source": "b", "subject": "the man who was wounded", "attribute": "where he was shot", "value": "in the leg"}, {"id": "b5", "source": "b", "subject": "the man who was wounded", "attribute": "times he was shot", "value": 2}, {"id": "b6", "source": "b", "subject": "the man who was wounded", "attribute": "where he was treated", "value": "Hurley Medical Center"}],
    ["a6 ~ b5"],
  ],
  [
    "a Title Case note whose ages and wound fit the other victim is not linked by a hospital's name",
    [{"id": "a1", "source": "a", "subject": "victim_1", "attribute": "age", "value": 17}, {"id": "a2", "source": "a", "subject": "victim_1", "attribute": "gender", "value": "male"}, {"id": "a3", "source": "a", "subject": "victim_1", "attribute": "hospital", "value": "Hurley Medical Center"}, {"id": "a4", "source": "a", "subject": "victim_2", "attribute": "age", "value": 22}, {"id": "a5", "source": "a", "subject": "victim_2", "attribute": "gender", "value": "male"}, {"id": "a6", "source": "a", "subject": "victim_2", "attribute": "wound", "value": "leg"}, {"id": "b1", "source": "b", "subject": "Victim", "attribute": "Age", "value": 23}, {"id": "b2", "source": "b", "subject": "Victim", "attribute": "Gender", "value": "Male"}, {"id": "b3", "source": "b", "subject": "Victim", "attribute": "Wound", "value": "Leg"}, {"id": "b4", "source": "b", "subject": "Victim", "attribute": "Treated At", "value": "Hurley Medical Center"}],
    [],
  ],
  [
    "two firefighters: a hospital's name does not link the wrong one",
    [{"id": "a1", "source": "a", "subject": "firefighter_1", "attribute": "age", "value": 34}, {"id": "a2", "source": "a", "subject": "firefighter_1", "attribute": "injury", "value": "burns to his hands"}, {"id": "a3", "source": "a", "subject": "firefighter_1", "attribute": "hospital", "value": "Mercy Hospital Burn Unit"}, {"id": "a4", "source": "a", "subject": "firefighter_2", "attribute": "age", "value": 41}, {"id": "a5", "source": "a", "subject": "firefighter_2", "attribute": "injury", "value": "smoke inhalation"}, {"id": "a6", "source": "a", "subject": "resident", "attribute": "age", "value": 78}, {"id": "a7", "source": "a", "subject": "resident", "attribute": "condition", "value": "critical"}, {"id": "b1", "source": "b", "subject": "Firefighter", "attribute": "Age", "value": 42}, {"id": "b2", "source": "b", "subject": "Firefighter", "attribute": "Treated At", "value": "Mercy Hospital"}, {"id": "b3", "source": "b", "subject": "Firefighter", "attribute": "Injury", "value": "Smoke Inhalation"}, {"id": "b4", "source": "b", "subject": "Elderly Resident", "attribute": "Age", "value": 78}, {"id": "b5", "source": "b", "subject": "Elderly Resident", "attribute": "Status", "value": "Critical Condition at Mercy"}],
    [],
  ],
  [
    "an agency's name under two deputies links neither: the shoulder wound and the age decide",
    [{"id": "a1", "source": "a", "subject": "deputy_1", "attribute": "agency", "value": "Fulton County Sheriff's Office"}, {"id": "a2", "source": "a", "subject": "deputy_1", "attribute": "injury", "value": "cut on his hand"}, {"id": "a3", "source": "a", "subject": "deputy_2", "attribute": "age", "value": 27}, {"id": "a4", "source": "a", "subject": "deputy_2", "attribute": "wounded_in", "value": "the shoulder"}, {"id": "b1", "source": "b", "subject": "the deputy who was shot", "attribute": "age", "value": 28}, {"id": "b2", "source": "b", "subject": "the deputy who was shot", "attribute": "works for", "value": "Fulton County Sheriff's Office"}, {"id": "b3", "source": "b", "subject": "the deputy who was shot", "attribute": "where he was hit", "value": "in the shoulder"}],
    ["a3 ~ b1"],
  ],
  [
    "a neighbour who only repeats the hospital's name is no rival: the real age conflict stays",
    [{"id": "a1", "source": "a", "subject": "the wounded man", "attribute": "age", "value": 22}, {"id": "a2", "source": "a", "subject": "the wounded man", "attribute": "condition", "value": "stable"}, {"id": "a3", "source": "a", "subject": "a neighbor", "attribute": "age", "value": 61}, {"id": "a4", "source": "a", "subject": "a neighbor", "attribute": "what she did", "value": "called 911 and waited with him until the ambulance took him to Grady Memorial Hospital"}, {"id": "b1", "source": "b", "subject": "the man who was shot", "attribute": "age", "value": 23}, {"id": "b2", "source": "b", "subject": "the man who was shot", "attribute": "taken to", "value": "Grady Memorial Hospital"}, {"id": "b3", "source": "b", "subject": "the man who was shot", "attribute": "his condition", "value": "stable"}],
    ["a1 ~ b1"],
  ],
  [
    "a cousin who drove him to the hospital is no rival",
    [{"id": "a1", "source": "a", "subject": "the victim", "attribute": "age", "value": 22}, {"id": "a2", "source": "a", "subject": "the victim", "attribute": "wound", "value": "shot in the back"}, {"id": "a3", "source": "a", "subject": "the victim's cousin", "attribute": "age", "value": 25}, {"id": "a4", "source": "a", "subject": "the victim's cousin", "attribute": "what he did", "value": "drove him to Grady Memorial Hospital"}, {"id": "b1", "source": "b", "subject": "the man who was shot", "attribute": "age", "value": 23}, {"id": "b2", "source": "b", "subject": "the man who was shot", "attribute": "taken to", "value": "Grady Memorial Hospital"}],
    ["a1 ~ b1"],
  ],
  [
    "a police department's name makes no \"only candidate\"",
    [{"id": "a1", "source": "a", "subject": "officer_1", "attribute": "age", "value": 29}, {"id": "a2", "source": "a", "subject": "officer_1", "attribute": "years_of_service", "value": 4}, {"id": "a3", "source": "a", "subject": "officer_1", "attribute": "status", "value": "placed on paid administrative leave by the Cincinnati Police Department"}, {"id": "a4", "source": "a", "subject": "officer_2", "attribute": "age", "value": 41}, {"id": "a5", "source": "a", "subject": "officer_2", "attribute": "injury", "value": "graze wound to the arm"}, {"id": "a6", "source": "a", "subject": "officer_2", "attribute": "years_of_service", "value": 17}, {"id": "b1", "source": "b", "subject": "the officer who was wounded", "attribute": "age", "value": 42}, {"id": "b2", "source": "b", "subject": "the officer who was wounded", "attribute": "employer", "value": "Cincinnati Police Department"}, {"id": "b3", "source": "b", "subject": "the officer who was wounded", "attribute": "condition", "value": "treated and released"}],
    [],
  ],
  [
    "a time every victim shares is no evidence of one person",
    [{"id": "a1", "source": "a", "subject": "victim_1", "attribute": "time", "value": "11:30 p.m."}, {"id": "a2", "source": "a", "subject": "victim_1", "attribute": "condition", "value": "stable"}, {"id": "a3", "source": "a", "subject": "victim_2", "attribute": "age", "value": 30}, {"id": "a4", "source": "a", "subject": "victim_2", "attribute": "wound_location", "value": "head"}, {"id": "b1", "source": "b", "subject": "the man who died", "attribute": "time he was shot", "value": "11:30 p.m."}, {"id": "b2", "source": "b", "subject": "the man who died", "attribute": "time he died", "value": "1:15 a.m."}, {"id": "b3", "source": "b", "subject": "the man who died", "attribute": "where he was shot", "value": "in the head"}, {"id": "b4", "source": "b", "subject": "the man who died", "attribute": "age", "value": 31}],
    [],
  ],
  [
    "two attribute names that share a word (\"Times Shot\" / \"where he was shot\") share no fact",
    [{"id": "src0-P0-condition", "source": "src0", "subject": "the man who was killed", "attribute": "his condition", "value": "died at the hospital"}, {"id": "src0-P2-wound", "source": "src0", "subject": "the man shot in the head", "attribute": "where he was shot", "value": "in the head"}, {"id": "src0-P2-found", "source": "src0", "subject": "the man shot in the head", "attribute": "where it happened", "value": "near the corner of 5th and Grand"}, {"id": "src1-P3-age", "source": "src1", "subject": "Wounded Man", "attribute": "Age", "value": 57}, {"id": "src1-P0-times", "source": "src1", "subject": "Victim 2", "attribute": "Times Shot", "value": 2}, {"id": "src1-P0-found", "source": "src1", "subject": "Victim 2", "attribute": "Location", "value": "at a house party on Elm Street"}],
    [],
  ],
  [
    "three victims at one hospital: no cluster joined against three conflicting facts",
    [{"id": "src0-P0-age", "source": "src0", "subject": "victim_1", "attribute": "age", "value": 27}, {"id": "src0-P0-hospital", "source": "src0", "subject": "victim_1", "attribute": "hospital", "value": "Stroger Hospital"}, {"id": "src0-P0-times", "source": "src0", "subject": "victim_1", "attribute": "times_shot", "value": 4}, {"id": "src0-P2-age-ERR", "source": "src0", "subject": "victim_2", "attribute": "age", "value": 41}, {"id": "src0-P2-condition", "source": "src0", "subject": "victim_2", "attribute": "condition", "value": "good"}, {"id": "src0-P2-wound", "source": "src0", "subject": "victim_2", "attribute": "wound_location", "value": "chest"}, {"id": "src1-P1-age", "source": "src1", "subject": "the man who was wounded", "attribute": "age", "value": "35-year-old"}, {"id": "src1-P1-hospital", "source": "src1", "subject": "the man who was wounded", "attribute": "where he was taken", "value": "Stroger Hospital"}, {"id": "src1-P1-wound", "source": "src1", "subject": "the man who was wounded", "attribute": "where he was shot", "value": "in the leg"}, {"id": "src1-P1-times", "source": "src1", "subject": "the man who was wounded", "attribute": "how many times shot", "value": 3}, {"id": "src1-P1-sex", "source": "src1", "subject": "the man who was wounded", "attribute": "sex", "value": "male"}, {"id": "src2-P1-age", "source": "src2", "subject": "Victim 1", "attribute": "Age", "value": 35}, {"id": "src2-P1-hospital", "source": "src2", "subject": "Victim 1", "attribute": "Treated At", "value": "Stroger Hospital"}, {"id": "src2-P1-found", "source": "src2", "subject": "Victim 1", "attribute": "Location", "value": "in a car on Highway 12"}, {"id": "src2-P0-age", "source": "src2", "subject": "Victim 2", "attribute": "Age", "value": 27}, {"id": "src2-P0-condition", "source": "src2", "subject": "Victim 2", "attribute": "Condition", "value": "Serious"}, {"id": "src2-P0-wound", "source": "src2", "subject": "Victim 2", "attribute": "Wound", "value": "Neck"}, {"id": "src2-P0-times", "source": "src2", "subject": "Victim 2", "attribute": "Times Shot", "value": 4}, {"id": "src2-P0-sex", "source": "src2", "subject": "Victim 2", "attribute": "Gender", "value": "Female"}],
    [],
  ],
];

describe('shared words between profiles, on stories of several people of one kind', () => {
  it.each(CASES)('%s', (_title, claims, expected) => {
    expect(conflictPairs(claims)).toEqual(expected);
  });

  it('links no two people by a word their attribute names share ("Times Shot" / "where he was shot")', () => {
    const claims = CASES.find(([title]) => title.startsWith('two attribute names'))![1];
    const r = checkConsistency(claims);
    const subjectOf = (id: string) => r.groups.find((g) => g.claims.includes(id))!.subject;
    // The man shot in the head near 5th and Grand is not the man killed at a house party on Elm Street.
    expect(subjectOf('src0-P2-found')).not.toBe(subjectOf('src1-P0-found'));
  });
});
