// Held-out set 6: pairs written by a helper who saw no code.
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ---------------------------------------------------------------------------
// 1. conversion: US/imperial vs metric, as wire copy converts and rounds
// ---------------------------------------------------------------------------

sect('conversion', 'a wildfire in the Sierra foothills');
p('12,000 acres', '4,900 hectares', 'area');
p('12,000 acres', '12,000 hectares', 'area', 'x');
p('45 square miles', '117 square kilometers', 'area');
p('45 square miles', '45 square kilometers', 'area', 'x');
p('3,500 acres', '1,400 hectares', 'area');
p('3,500 acres', '2,400 hectares', 'area', 'x');
p('winds of 60 mph', '97 km/h', 'speed');
p('60 mph', '60 km/h', 'speed', 'x');

sect('conversion', 'an earthquake off the coast of Japan');
p('6 miles', '10 kilometers', 'depth');
p('10 km', '6.2 miles', 'depth');
p('35 miles', '56 kilometers', 'distance');
p('35 miles', '35 kilometers', 'distance', 'x');
p('20 miles', '50 kilometers', 'distance', 'x');
p('3 feet', '1 meter', 'height');
p('3 feet', '3 meters', 'height', 'x');

sect('conversion', 'a hurricane making landfall');
p('120 mph', '195 km/h', 'speed');
p('120 mph', '155 km/h', 'speed', 'x');
p('74 mph', '119 kph', 'speed');
p('150 mph', '240 km/h', 'speed');
p('10 inches', '25 centimeters', 'rainfall');
p('10 inches', '25 millimeters', 'rainfall', 'x');
p('12 feet', '3.7 meters', 'height');

sect('conversion', 'a blizzard in the Upper Midwest');
p('2 feet', '60 centimeters', 'depth');
p('18 inches', '30 centimeters', 'depth', 'x');
p('minus 20 degrees Fahrenheit', 'minus 29 degrees Celsius', 'temperature');
p('-20 F', '-20 C', 'temperature', 'x');
p('5 degrees Fahrenheit', '-15 C', 'temperature');
p('5 degrees Fahrenheit', '15 C', 'temperature', 'x');
p('-40 degrees F', '-40 degrees C', 'temperature');
p('0 F', '0 C', 'temperature', 'x');

sect('conversion', 'a heat wave in the Southwest');
p('104 degrees Fahrenheit', '40 degrees Celsius', 'temperature');
p('95 F', '35 C', 'temperature');
p('110 F', '38 C', 'temperature', 'x');
p('117 F', '47 C', 'temperature');
p('117 F', '49 C', 'temperature', 'x');

sect('conversion', "a robbery suspect's description");
p('6 feet', '1.83 meters', 'height');
p('5 feet 10 inches', '1.78 meters', 'height');
p('5-foot-10', '1.68 meters', 'height', 'x');
p('6-foot-4', '193 centimeters', 'height');
p('6-foot-4', '1.64 meters', 'height', 'x');
p('180 pounds', '82 kilograms', 'weight');
p('180 pounds', '180 kilograms', 'weight', 'x');

sect('conversion', 'a record catfish');
p('52 pounds', '23.6 kilograms', 'weight');
p('52 pounds', '26 kilograms', 'weight', 'x');
p('4 feet', '1.2 meters', 'length');
p('4 feet', '1.4 meters', 'length', 'x');

sect('conversion', 'river flooding and a water main break');
p('1 million gallons', '3.8 million liters', 'volume');
p('1 million gallons', '1 million liters', 'volume', 'x');
p('500 gallons', '1,900 liters', 'volume');
p('30 feet', '9.1 meters', 'height');
p('30 feet', '10 meters', 'height', '?');
p('30 feet', '13 meters', 'height', 'x');

sect('conversion', 'a crash on the interstate');
p('90 mph', '145 km/h', 'speed');
p('90 mph', '90 km/h', 'speed', 'x');
p('200 feet', '61 meters', 'length');
p('40 tons', '36 metric tons', 'weight');
p('40 tons', '4 metric tons', 'weight', 'x');
p('10 tons', '10 tonnes', 'weight', '?');

sect('conversion', 'an airliner hitting turbulence');
p('35,000 feet', '10,700 meters', 'altitude');
p('35,000 feet', '11,000 meters', 'altitude');
p('35,000 feet', '3,500 meters', 'altitude', 'x');

sect('conversion', 'a climbing accident');
p('29,032 feet', '8,849 meters', 'height');
p('20,310 feet', '6,190 meters', 'height');
p('14,000 feet', '4,300 meters', 'altitude');
p('14,000 feet', '5,200 meters', 'altitude', 'x');
p('a 300-foot fall', '90 meters', 'distance');

sect('conversion', 'a hailstorm');
p('3 inches', '7.6 centimeters', 'diameter');
p('2 inches', '5 cm', 'diameter');
p('2 inches', '2 cm', 'diameter', 'x');

sect('conversion', 'a border drug seizure');
p('2 kilograms', '4.4 pounds', 'weight');
p('2 kilograms', '2 pounds', 'weight', 'x');

sect('conversion', 'the knife used in a stabbing');
p('6-inch', '15-centimeter', 'length');

// ---------------------------------------------------------------------------
// 2. amount: same unit system, different precision or wording
// ---------------------------------------------------------------------------

sect('amount', 'a search for a missing hiker');
p('about 3 miles', '2.8 miles', 'distance');
p('about 3 miles', '4.5 miles', 'distance', 'x');
p('a mile and a half', '1.5 miles', 'distance');
p('a mile and a half', '2.5 miles', 'distance', 'x');
p('a quarter mile', '0.25 miles', 'distance');
p('a quarter mile', 'half a mile', 'distance', 'x');
p('1,320 feet', 'a quarter mile', 'distance');
p('roughly 200 yards', '600 feet', 'distance');
p('100 yards', '100 feet', 'distance', 'x');
p('three and a half days', '84 hours', 'duration');

sect('amount', 'a brush fire');
p('nearly 4,000 acres', '3,900 acres', 'area');
p('4,000 acres', '6,000 acres', 'area', 'x');
p('more than 100', '112', 'structures');
p('more than 100', '87', 'structures', 'x');
p('hundreds', '1,200', 'structures', '?');
p('$2.3 million', '$2,300,000', 'damage');
p('$2.3 million', '$23 million', 'damage', 'x');

sect('amount', 'a standoff with police');
p('three and a half hours', '3.5 hours', 'duration');
p('45 minutes', 'three-quarters of an hour', 'duration');
p('45 minutes', 'half an hour', 'duration', 'x');
p('72 hours', 'three days', 'duration');
p('48 hours', 'three days', 'duration', 'x');
p('about 20 minutes', '18 minutes', 'duration');

sect('amount', 'a prison sentence');
p('two and a half years', '30 months', 'sentence');
p('two and a half years', '20 months', 'sentence', 'x');
p('six weeks', '42 days', 'sentence');
p('six weeks', 'a month', 'sentence', 'x');

sect('amount', 'a bus crash');
p('a dozen', '12', 'injured');
p('nearly 50', '48', 'passengers');
p('nearly 50', '53', 'passengers', '?');
p('90 mph', '85 mph', 'speed', 'x');
p('more than 80 mph', '95 mph', 'speed');

sect('amount', 'a missing teenager');
p('5-foot-8', '5 feet 8 inches', 'height');
p('5-foot-8', '68 inches', 'height');
p('5-foot-8', '5-foot-11', 'height', 'x');

sect('amount', 'a state-record bass');
p('15 pounds 4 ounces', '15.25 pounds', 'weight');
p('15 pounds 4 ounces', '15.4 pounds', 'weight', 'x');
p('2 tons', '4,000 pounds', 'weight');
p('2 tons', '2,000 pounds', 'weight', 'x');

sect('amount', 'a snowstorm');
p('about 10 inches', '9.5 inches', 'snowfall');
p('10 inches', '1 foot', 'snowfall', 'x');
p('1 foot', '12 inches', 'snowfall');

// ---------------------------------------------------------------------------
// 3. time: clock times of one event
// ---------------------------------------------------------------------------

sect('time', 'a shooting outside a nightclub');
p('shortly before 2 a.m.', '1:52 a.m.', 'time');
p('shortly before 2 a.m.', '2:20 a.m.', 'time', 'x');
p('just after midnight', '12:03 a.m.', 'time');
p('just after midnight', '11:58 p.m.', 'time', 'x');
p('shortly before midnight', '11:51 p.m.', 'time');
p('shortly before midnight', '12:10 a.m.', 'time', 'x');

sect('time', 'a courthouse evacuation');
p('noon', '12 p.m.', 'time');
p('noon', '12 a.m.', 'time', 'x');
p('shortly after 1 p.m.', '1:07 p.m.', 'time');
p('shortly after 1 p.m.', '12:55 p.m.', 'time', '?');
p('mid-morning', '10 a.m.', 'time');
p('in the afternoon', '2:30 p.m.', 'time');
p('in the afternoon', '10:30 a.m.', 'time', 'x');

sect('time', 'a power outage');
p('midnight', '12 a.m.', 'time');
p('midnight', '12 p.m.', 'time', 'x');
p('around 9:30 p.m.', '9:27 p.m.', 'time');
p('around 9:30 p.m.', '9:30 a.m.', 'time', 'x');
p('around 5 p.m.', '5:10 p.m.', 'time');
p('around 5 p.m.', '7 p.m.', 'time', 'x');
p('late Tuesday night', '11:40 p.m.', 'time');
p('early morning', '3:10 a.m.', 'time');
p('dawn', '6 a.m.', 'time', '?');

sect('time', 'a televised presidential address');
p('8 p.m. ET', '5 p.m. PT', 'time');
p('8 p.m. ET', '8 p.m. PT', 'time', 'x');
p('9 p.m. Eastern', '8 p.m. Central', 'time');
p('9 p.m. Eastern', '9 p.m. Central', 'time', 'x');
p('11 a.m. Mountain', '1 p.m. Eastern', 'time');
p('8:30 p.m. Pacific', '11:30 p.m. Eastern', 'time');
p('8:30 p.m. Pacific', '10:30 p.m. Eastern', 'time', 'x');
p('2 p.m. EDT', '1800 GMT', 'time');
p('2 p.m. EST', '19:00 GMT', 'time');
p('2 p.m. EDT', '20:00 GMT', 'time', 'x');

sect('time', 'a train derailment in Europe');
p('4:15 p.m.', '16:15', 'time');
p('4:15 p.m.', '14:15', 'time', 'x');
p('10:30 p.m.', '22:30', 'time');
p('10:30 p.m.', '10:30', 'time', '?');
p('1 a.m. BST', 'midnight GMT', 'time');
p('1 a.m. BST', '1 a.m. GMT', 'time', 'x');
p('10 a.m. local time', '10 a.m.', 'time');

sect('time', 'a school lockdown');
p('about 6:45 a.m.', 'quarter to seven', 'time');
p('quarter past eight', '8:15 a.m.', 'time');
p('quarter past eight', '7:45 a.m.', 'time', 'x');
p('half past five', '5:30 p.m.', 'time');
p('7:00 a.m.', '7 a.m.', 'time');
p('7 a.m.', '7 p.m.', 'time', 'x');
p('3:45 p.m.', '3:54 p.m.', 'time', 'x');

// ---------------------------------------------------------------------------
// 4. name: a person's name as two articles write it
// ---------------------------------------------------------------------------

sect('name', 'a fatal house fire');
p('Mr. Jenkins', 'Harold Jenkins', 'victim');
p('Ms. Alvarez', 'Maria Alvarez', 'victim');
p('Mrs. Alvarez', 'Daniel Alvarez', 'victim', 'x');
p('Mr. Okafor', 'Grace Okafor', 'victim', 'x');
p('Linda Dawson', 'Ms. Dawson', 'victim');
p('Mark Dawson', 'Matthew Dawson', 'victim', 'x');

sect('name', 'officials quoted after a bridge collapse');
p('Dr. Patel', 'Anita Patel', 'doctor');
p('Judge Lawrence', 'Judge Susan Lawrence', 'judge');
p('Sgt. Ramirez', 'Carlos Ramirez', 'officer');
p('Gov. Whitfield', 'Governor Anne Whitfield', 'governor');
p('the Rev. Okoro', 'Samuel Okoro', 'pastor');
p('Sir Kenneth Lloyd', 'Kenneth Lloyd', 'engineer');
p('Sen. Ruiz', 'Rep. Ruiz', 'lawmaker', 'x');

sect('name', 'a hit-and-run');
p('Bill Thompson', 'William Thompson', 'driver');
p('Bill Thompson', 'Will Thompson', 'driver', '?');
p('Bob Harris', 'Robert Harris', 'driver');
p('Robert Harris', 'Roberta Harris', 'driver', 'x');
p('Jim Donnelly', 'James Donnelly', 'driver');
p('Jack Donnelly', 'John Donnelly', 'driver');
p('Tony Russo', 'Anthony Russo', 'driver');

sect('name', 'a missing woman');
p('Liz Carter', 'Elizabeth Carter', 'missing person');
p('Peggy Walsh', 'Margaret Walsh', 'missing person');
p('Kate Morrison', 'Katherine Morrison', 'missing person');
p('Katherine Morrison', 'Kathleen Morrison', 'missing person', 'x');
p('Pat Nolan', 'Patricia Nolan', 'missing person');
p('Patrick Nolan', 'Patricia Nolan', 'missing person', 'x');
p('Emily Harper Watson', 'Emily Watson', 'missing person');
p('Emily Harper', 'Emily Watson', 'missing person', '?');
p('Jennifer Morales-Diaz', 'Jennifer Morales', 'missing person');

sect('name', 'a fraud trial');
p('Robert Jones Jr.', 'Robert Jones', 'defendant');
p('Michael Grant Jr.', 'Michael Grant Sr.', 'defendant', 'x');
p('Michael Grant III', 'Michael Grant II', 'defendant', 'x');
p('Thomas Weller III', 'Thomas Weller', 'defendant');
p('John F. Reilly', 'John Reilly', 'defendant');
p('John F. Reilly', 'John T. Reilly', 'defendant', 'x');
p('S. Matthew Greene', 'Matthew Greene', 'defendant');
p('Alex Rivera', 'Alexandra Rivera', 'witness');
p('Alexander Rivera', 'Alexandra Rivera', 'witness', 'x');

sect('name', 'an arrest after a stabbing');
p('Steven Clark', 'Stephen Clark', 'suspect', 'x');
p('Catherine Lee', 'Katherine Lee', 'suspect', 'x');
p('Rachel Nguyen', 'Rachael Nguyen', 'suspect', 'x');
p('Daniel McAllister', 'Daniel MacAllister', 'suspect', 'x');
p("Sean O'Brien", "Sean O'Bryan", 'suspect', 'x');
p('José González', 'Jose Gonzalez', 'suspect');
p('Mohammed Hassan', 'Muhammad Hassan', 'suspect', '?');
p('Wang Wei', 'Wei Wang', 'suspect');
p('Aaron Fields', 'Erin Fields', 'suspect', 'x');

export default C;
