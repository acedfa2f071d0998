// Held-out set 7: pairs written by a helper who saw no code.
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ───────────────────────────── 1. amount ─────────────────────────────
sect('amount', 'the brush fire');
p('3,400 acres', 'roughly 3,400 acres', 'area');
p('3,400 acres', '1,376 hectares', 'area');
p('3,400 acres', '4,300 acres', 'area', 'x');
p('5.3 square miles', 'about 3,400 acres', 'area');
p('more than 3,000 acres', '2,700 acres', 'area', 'x');
p('15% contained', '50 percent contained', 'containment', 'x');

sect('amount', 'the hiker rescue');
p('a mile and a half', '1.5 miles', 'distance');
p('a mile and a half', '2.4 kilometers', 'distance');
p('a quarter mile', '400 meters', 'distance');
p('a quarter mile', 'three-quarters of a mile', 'distance', 'x');
p('1½ miles', 'a mile and a quarter', 'distance', 'x');
p('9,200 feet', '2,800 meters', 'elevation');
p('2,800 meters', '2,800 feet', 'elevation', 'x');
p('two and a half hours', '2½ hours', 'duration');
p('half an hour', '30 minutes', 'duration');
p('about 45 minutes', 'nearly an hour', 'duration', '?');
p('more than 12 hours', '14 hours', 'duration');
p('more than 12 hours', '10 hours', 'duration', 'x');

sect('amount', 'the suspect description');
p('6-foot-1', '6 ft. 1 in.', 'height');
p('6-foot-1', '185 cm', 'height');
p('6-foot-1', '5-foot-11', 'height', 'x');
p('5 feet 4 inches', '5-4', 'height');
p('between 5-foot-8 and 5-foot-10', '5-foot-9', 'height');
p('over 6 feet tall', '6-foot-4', 'height');
p('about 180 pounds', '82 kilograms', 'weight');
p('180 pounds', '130 pounds', 'weight', 'x');

sect('amount', 'the newborn');
p('8 pounds, 6 ounces', '8 lbs. 6 oz.', 'weight');
p('8 pounds, 6 ounces', '3.8 kilograms', 'weight');
p('8 pounds, 6 ounces', '6 pounds, 8 ounces', 'weight', 'x');
p('20 inches', '51 centimeters', 'length');
p('21 inches', '51 centimeters', 'length', 'x');

sect('amount', 'the cold snap');
p('-15 degrees', 'minus 15 degrees', 'low temperature');
p('-15 F', '-26 C', 'low temperature');
p('-15 F', '15 F', 'low temperature', 'x');
p('5 below zero', '-5 degrees', 'low temperature');
p('-40 Celsius', '-40 Fahrenheit', 'low temperature');
p('minus 10 Celsius', '14 degrees Fahrenheit', 'low temperature');
p('minus 10 Celsius', '10 degrees Fahrenheit', 'low temperature', 'x');
p('wind chill of 30 below', '-30 wind chill', 'wind chill');
p('a high of 98', '37 C', 'high temperature');
p('a high of 98', '89 degrees', 'high temperature', 'x');

sect('amount', 'the hurricane');
p('130 mph', '210 km/h', 'wind speed');
p('130 mph', '115 mph', 'wind speed', 'x');
p('115 knots', '130 mph', 'wind speed');
p('8 to 12 inches of rain', 'up to a foot of rain', 'rainfall');
p('8 to 12 inches of rain', '18 inches of rain', 'rainfall', 'x');
p('a 9-foot storm surge', 'a storm surge of 3 meters', 'storm surge', '?');

sect('amount', 'the sentencing');
p('15 years', '180 months', 'sentence');
p('15 years', '15 months', 'sentence', 'x');
p('25 years to life', '25-to-life', 'sentence');
p('life without parole', 'life in prison', 'sentence', '?');
p('two and a half years', '30 months', 'sentence');
p('three years probation', 'three years in prison', 'sentence', 'x');
p('18 months', 'a year and a half', 'sentence');
p('seven years', 'six years', 'sentence', 'x');

sect('amount', 'the bridge collapse');
p('120 feet', '37 meters', 'height');
p('a 40-ton load', '14 tons', 'load', 'x');

// ───────────────────────────── 2. time ─────────────────────────────
sect('time', 'the shooting');
p('11:45 p.m.', '11:45 pm', 'time');
p('11:45 p.m.', '11:45 a.m.', 'time', 'x');
p('shortly before midnight', '11:52 p.m.', 'time');
p('shortly after midnight', '11:52 p.m.', 'time', 'x');
p('12:15 a.m.', '15 minutes after midnight', 'time');
p('midnight', '12 a.m.', 'time');
p('midnight Friday', '12 a.m. Saturday', 'time', '?');
p('noon', '12 p.m.', 'time');
p('noon', '12 a.m.', 'time', 'x');
p('about 2:30 a.m.', '2:24 a.m.', 'time');
p('about 2:30 a.m.', '3:20 a.m.', 'time', 'x');
p('12:30 a.m. Sunday', '12:30 p.m. Sunday', 'time', 'x');

sect('time', 'the rocket launch');
p('9:32 a.m. EDT', '1332 GMT', 'time');
p('9:32 a.m. EDT', '13:32 UTC', 'time');
p('9:32 a.m. EST', '13:32 UTC', 'time', '?');
p('6:32 a.m. PT', '9:32 a.m. ET', 'time');
p('6:32 a.m. PT', '6:32 a.m. ET', 'time', 'x');
p('8:32 a.m. CT', '9:32 a.m. ET', 'time');
p('9:32 a.m. CT', '9:32 a.m. ET', 'time', 'x');
p('2:32 p.m. BST', '9:32 a.m. EDT', 'time');
p('1:32 p.m. BST', '9:32 a.m. EDT', 'time', 'x');

sect('time', 'the train derailment');
p('a quarter to nine in the evening', '8:45 p.m.', 'time');
p('a quarter past nine', '8:45 p.m.', 'time', 'x');
p('half past ten', '10:30', 'time');
p('half ten', '10:30', 'time');
p('22:40', '10:40 p.m.', 'time');
p('22:40', '10:40 a.m.', 'time', 'x');
p('20:15', '10:15 p.m.', 'time', 'x');
p('just after 7 a.m.', '7:04 a.m.', 'time');
p('just after 7 a.m.', '6:58 a.m.', 'time', '?');
p('early Tuesday morning', '3 a.m. Tuesday', 'time');
p('late Monday night', '3 a.m. Tuesday', 'time', '?');
p('7 in the morning', '7 a.m.', 'time');
p('7 in the evening', '7 a.m.', 'time', 'x');

sect('time', 'the council vote');
p('7 p.m. Eastern', '4 p.m. Pacific', 'time');
p('7 p.m. Eastern', '6 p.m. Central', 'time');
p('7 p.m. Eastern', '7 p.m. Central', 'time', 'x');
p('5 p.m. Mountain', '7 p.m. Eastern', 'time');
p('noon ET', '9 a.m. PT', 'time');
p('noon ET', '9 a.m. CT', 'time', 'x');
p('around 10 p.m.', '10:05 p.m.', 'time');
p('around 10 p.m.', '11 p.m.', 'time', 'x');
p('0900 GMT', '10 a.m. BST', 'time');
p('0900 GMT', '9 a.m. BST', 'time', 'x');
p('1400 UTC', '2 p.m. GMT', 'time');

// ───────────────────────────── 3. name ─────────────────────────────
sect('name', 'the crash victim');
p('Maria Elena Gonzalez', 'Maria Gonzalez', 'victim');
p('Maria Gonzalez', 'Mario Gonzalez', 'victim', 'x');
p('María González', 'Maria Gonzalez', 'victim');
p('Ms. Gonzalez', 'Maria Gonzalez', 'victim');
p('Maria Gonzalez-Ruiz', 'Maria Gonzalez', 'victim');
p('Maria Ruiz', 'Maria Gonzalez-Ruiz', 'victim', '?');
p('Francis Okafor', 'Frances Okafor', 'victim', 'x');
p('Jean Martin', 'Jean-Marc Martin', 'victim', 'x');

sect('name', 'the suspect');
p('Robert James Whitfield Jr.', 'Robert Whitfield', 'suspect');
p('Robert Whitfield Jr.', 'Robert Whitfield Sr.', 'suspect', 'x');
p('Bobby Whitfield', 'Robert Whitfield', 'suspect');
p('Robert J. Whitfield', 'Robert James Whitfield', 'suspect');
p('Robert J. Whitfield', 'Robert T. Whitfield', 'suspect', 'x');
p('Whitfield', 'Robert Whitfield', 'suspect');
p('Robert Whitfield', 'Roberta Whitfield', 'suspect', 'x');
p('Daniel Whitfield', 'Robert Whitfield', 'suspect', 'x');
p('Dequan Harris', 'DeQuan Harris', 'suspect');
p('Dequan Harris', 'Dequan Harrison', 'suspect', 'x');
p('Jonathon Pierce', 'Jonathan Pierce', 'suspect', '?');
p('Katherine Nguyen', 'Kathryn Nguyen', 'suspect', '?');

sect('name', 'the officer');
p('Officer Tyler Brooks', 'Tyler Brooks', 'officer');
p('Sgt. Tyler Brooks', 'Officer Tyler Brooks', 'officer', '?');
p('Deputy T. Brooks', 'Deputy Tyler Brooks', 'officer');
p('Cpl. Tyler Brooks', 'Cpl. Travis Brooks', 'officer', 'x');
p('Detective Lt. Angela Moreno', 'Lt. Moreno', 'officer');
p('Officer Angela Moreno', 'Officer Angelo Moreno', 'officer', 'x');
p("Trooper First Class Sean O'Malley", "Sean O'Malley", 'officer');
p("Sean O'Malley", 'Sean OMalley', 'officer');

sect('name', 'the judge');
p('Judge Patricia A. Levinson', 'Patricia Levinson', 'judge');
p('U.S. District Judge Patricia Levinson', 'Judge Levinson', 'judge');
p('Judge Patricia Levinson', 'Judge Mark Levinson', 'judge', 'x');
p('Hon. Wm. Carter', 'William Carter', 'judge');
p('Judge Ruth Abernathy', 'Judge Ruth Abernathy-Cole', 'judge', '?');
p('Judge Carlos Peña', 'Judge Carlos Pena', 'judge');
p('Judge Carlos Peña', 'Judge Carla Peña', 'judge', 'x');

sect('name', 'the spokesperson');
p('Jennifer "Jen" Alvarez', 'Jen Alvarez', 'spokesperson');
p('Jennifer Alvarez', 'Jennifer Alvarado', 'spokesperson', 'x');
p('Dr. Anil Mehta', 'Anil Mehta', 'spokesperson');
p('Anil Mehta', 'Sunil Mehta', 'spokesperson', 'x');
p('Mr. Chen', 'Wei Chen', 'spokesperson');
p('Lt. Col. Dana Reyes', 'Dana Reyes', 'spokesperson');
p('Dana Reyes', 'Diana Reyes', 'spokesperson', 'x');
p('Zoë Fischer', 'Zoe Fischer', 'spokesperson');
p('Jörg Müller', 'Joerg Mueller', 'spokesperson');
p('Mike Sullivan', 'Michael Sullivan', 'spokesperson');
p('Michael Sullivan', 'Michelle Sullivan', 'spokesperson', 'x');

// ───────────────────────────── 4. text ─────────────────────────────
sect('text', 'the robbery');
p('a semi-automatic handgun', 'a pistol', 'weapon');
p('a handgun', 'a shotgun', 'weapon', 'x');
p('a kitchen knife', 'a knife', 'weapon');
p('a box cutter', 'a machete', 'weapon', 'x');
p('a black BB gun', 'a replica firearm', 'weapon', '?');
p('shot three times', 'shot multiple times', 'injuries');
p('shot three times', 'shot twice', 'injuries', 'x');
p('a gunshot wound to the leg', 'shot in the thigh', 'injuries');
p('a gunshot wound to the leg', 'shot in the arm', 'injuries', 'x');
p('critical condition', 'serious condition', 'injuries', 'x');
p('treated and released', 'minor injuries', 'injuries');

sect('text', 'the getaway car');
p('a silver 2014 Honda Accord', 'a silver Honda sedan', 'vehicle');
p('a silver 2014 Honda Accord', 'a silver 2014 Honda Civic', 'vehicle', 'x');
p('a gray Honda Accord', 'a silver Honda Accord', 'vehicle', '?');
p('a dark-colored SUV', 'a black Chevrolet Tahoe', 'vehicle');
p('a white pickup truck', 'a white Ford F-150', 'vehicle');
p('a white Ford F-150', 'a white Ford F-250', 'vehicle', 'x');
p('a red minivan', 'a blue minivan', 'vehicle', 'x');

sect('text', 'the charges');
p('two counts of aggravated assault', 'aggravated assault', 'charge');
p('two counts of aggravated assault', 'three counts of aggravated assault', 'charge', 'x');
p('first-degree murder', 'second-degree murder', 'charge', 'x');
p('DUI', 'driving under the influence', 'charge');
p('DWI', 'drunken driving', 'charge');
p('possession with intent to distribute', 'drug possession with intent to sell', 'charge');
p('felony theft', 'misdemeanor theft', 'charge', 'x');

sect('text', 'the house fire');
p('an unattended candle', 'a candle left burning', 'cause');
p('an unattended candle', 'faulty wiring', 'cause', 'x');
p('an electrical fire', 'faulty wiring', 'cause');
p('a two-story brick home', 'a two-story house', 'description');
p('a two-story home', 'a single-story home', 'description', 'x');

// ───────────────────────────── 5. place ─────────────────────────────
sect('place', 'the crash');
p('Portland, Ore.', 'Portland, Oregon', 'location');
p('Portland, Ore.', 'Portland, Maine', 'location', 'x');
p('Portland, OR', 'Portland', 'location');
p('Springfield, Ill.', 'Springfield, Illinois', 'location');
p('Springfield, Ill.', 'Springfield, Mo.', 'location', 'x');
p('Springfield, Mass.', 'Springfield, MA', 'location');
p('Kansas City, Mo.', 'Kansas City, Kan.', 'location', 'x');
p('Kansas City, Missouri', 'Kansas City, Mo.', 'location');
p('Washington, D.C.', 'Washington', 'location');
p('Washington, D.C.', 'Washington state', 'location', 'x');
p('Washington, DC', 'the District', 'location');
p('Spokane, Wash.', 'Spokane, Washington', 'location');
p('Vancouver, Wash.', 'Vancouver, B.C.', 'location', 'x');
p('Columbia, S.C.', 'Columbia, Mo.', 'location', 'x');

sect('place', 'the storm damage');
p('Las Vegas', 'Las Vegas, Nev.', 'location');
p('Las Vegas, N.M.', 'Las Vegas, Nev.', 'location', 'x');
p('Paris, Texas', 'Paris, Tex.', 'location');
p('St. Louis', 'Saint Louis, Missouri', 'location');
p('St. Paul, Minn.', 'Minneapolis', 'location', 'x');
p('Fort Worth', 'Dallas', 'location', 'x');
p('Cambridge, Mass.', 'Boston', 'location', 'x');
p('Brooklyn', 'New York City', 'location');
p('the Bronx', 'New York', 'location');
p('Hollywood', 'Los Angeles', 'location');
p('Santa Monica, Calif.', 'Los Angeles County', 'location');
p('Santa Monica', 'Los Angeles', 'location', '?');

sect('place', 'the shooting scene');
p('Chicago', 'Cook County, Ill.', 'location');
p('Evanston, Ill.', 'suburban Chicago', 'location');
p('Evanston, Ill.', 'Chicago', 'location', '?');
p('Arlington, Va.', 'Arlington, Texas', 'location', 'x');
p('Arlington, Va.', 'Arlington County, Virginia', 'location');
p('Bethesda, Md.', 'Montgomery County, Md.', 'location');
p('Bethesda, Md.', "Prince George's County, Md.", 'location', 'x');
p('Jersey City, N.J.', 'New York City', 'location', 'x');
p('Manchester, N.H.', 'Manchester, England', 'location', 'x');
p('Atlanta, Ga.', 'Atlanta, Georgia', 'location');

export default C;
