import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ───────────────────────────── place ─────────────────────────────
sect('place', 'the stabbing');
p('on the 1400 block of West Madison Street', 'Chicago', 'location');
p('Near West Side', 'Chicago', 'neighborhood');
p('Kensington', 'North Philadelphia', 'location');
p('outside a bar on Bourbon Street', 'French Quarter', 'where it happened');
p('in the basement', 'on the roof', 'where it happened', 'x');
p('in a second-floor bedroom', 'at a two-story house on Elm Street', 'location');

sect('place', 'the shooting');
p('in the parking lot of a Walmart', 'outside a Walmart store', 'location');
p('Bushwick', 'Brooklyn', 'location');
p('Bushwick', 'Manhattan', 'location', 'x');
p('outside the Kroger on Main Street', 'inside the Kroger', 'location', '?');
p('near the entrance of Westfield Mall', 'outside the mall', 'location');
p('near Lake Merritt', 'Oakland', 'location');
p('Oakland', 'San Francisco', 'city', 'x');
p('the 2400 block of Mission Street', 'Mission District', 'location');
p('Mission District', 'San Francisco', 'location');
p('Kansas City, Kansas', 'Kansas City, Missouri', 'city', 'x');
p('Kansas City', 'Kansas City, Missouri', 'city');
p('Ferguson', 'St. Louis County', 'location');
p('East Cleveland', 'Cleveland', 'city', '?');
p('near the Capitol', 'Washington, D.C.', 'location');
p('Arlington', 'Arlington, Texas', 'city');
p('Arlington, Virginia', 'Arlington, Texas', 'city', 'x');
p('Portland', 'Portland, Oregon', 'city');
p('a home on Sunset Drive in Ocala', 'Marion County', 'location');

sect('place', 'the crash');
p('Interstate 35', 'I-35', 'location');
p('northbound I-35 near Round Rock', 'southbound lanes of I-35', 'location', '?');
p('Houston', 'Harris County', 'location');
p('off the coast of Galveston', 'in the Gulf of Mexico', 'location');
p('about a mile south of the Canadian border', 'near Blaine, Washington', 'location');
p('Terminal 4 at JFK', 'LaGuardia Airport', 'airport', 'x');
p('Gate B12 at Hartsfield-Jackson', 'Atlanta airport', 'location');
p('near the intersection of Fifth Avenue and Pike Street', 'downtown Seattle', 'location');

sect('place', 'the victim');
p('Ryder Trauma Center', 'Jackson Memorial Hospital', 'hospital');
p('Jackson Memorial Hospital', 'a Miami hospital', 'taken_to');
p('Harborview Medical Center', 'Swedish Medical Center', 'hospital', 'x');
p('Grady Memorial Hospital', 'Grady', 'taken_to');
p('UC Davis Medical Center', 'a Sacramento hospital', 'hospital');
p('Cedars-Sinai', 'Ronald Reagan UCLA Medical Center', 'hospital', 'x');
p('a local hospital', 'Parkland Memorial Hospital', 'taken_to');
p('airlifted to a Denver hospital', 'Denver Health Medical Center', 'taken_to');
p('treated at the scene', 'taken to Regions Hospital', 'taken_to', '?');

sect('place', 'the attack');
p('in the lobby of the Marriott', 'at a downtown hotel', 'location');
p('Room 214', 'Lincoln Elementary School', 'location');
p('Toronto', 'Ontario', 'location');
p('Scarborough', 'Toronto', 'location');
p('Salford', 'Greater Manchester', 'location');
p('Camden', 'north London', 'location');
p('Croydon', 'north London', 'location', 'x');
p('Sydney', 'New South Wales', 'location');
p('Melbourne', 'New South Wales', 'location', 'x');
p('Cape Town', 'South Africa', 'location');
p('Guadalajara', 'Jalisco', 'state');
p('Tijuana', 'Baja California', 'location');
p('Tijuana', 'San Diego', 'city', 'x');
p('near the U.S.-Mexico border by El Paso', 'Ciudad Juárez', 'location', '?');

// ───────────────────────────── time ─────────────────────────────
sect('time', 'the crash');
p('around 3 a.m.', '3:07 a.m.', 'time');
p('shortly after 11 p.m.', '11:15 p.m.', 'time');
p('shortly after 11 p.m.', '10:50 p.m.', 'time', '?');
p('about 2:30 p.m.', '2:34 p.m.', 'time');
p('about 2:30 p.m.', '2:45 p.m.', 'time', '?');
p('9 a.m.', '9 p.m.', 'time', 'x');
p('midnight', '12 a.m.', 'time');
p('just before midnight', '11:52 p.m.', 'time');
p('just before midnight', '12:10 a.m.', 'time', 'x');
p('just after midnight', '12:20 a.m.', 'time');
p('early morning', '4:30 a.m.', 'time of day');
p('early morning', '4:30 p.m.', 'time of day', 'x');
p('Tuesday afternoon', '3:15 p.m.', 'time');
p('rush hour', '5:20 p.m.', 'time');
p('morning rush hour', '5:20 p.m.', 'time', 'x');

sect('time', 'the fire');
p('late evening', '10:30 p.m.', 'reported_at');
p('overnight', '2 a.m.', 'time');
p('overnight', '1:45 p.m.', 'time', 'x');
p('around dawn', '6:10 a.m.', 'time');
p('around 6 p.m.', 'dusk', 'time', '?');
p('14:30', '2:30 p.m.', 'time');
p('22:15', '10:15 p.m.', 'time');
p("3 o'clock", '3:00 p.m.', 'time');
p('around lunchtime', '12:30 p.m.', 'time');
p('between 1 and 2 a.m.', '1:35 a.m.', 'time');
p('between 1 and 2 a.m.', '2:40 a.m.', 'time', 'x');
p('before 8 a.m.', '7:15 a.m.', 'time');

sect('time', 'the robbery');
p('late Friday night', '11:40 p.m.', 'time');
p('late at night', '1 a.m.', 'time');
p('in the early hours', '3:30 a.m.', 'time');
p('early afternoon', '4:50 p.m.', 'time', '?');
p('early afternoon', '7 p.m.', 'time', 'x');
p('about 10:30 a.m.', '10:30', 'time');
p('about 10:30 a.m.', 'mid-morning', 'time');
p('4:15 p.m. local time', '4:15 p.m. EDT', 'time');
p('1:00 p.m. ET', '10:00 a.m. PT', 'time');
p('1:00 p.m. ET', '1:00 p.m. PT', 'time', 'x');
p('7:30 p.m. CST', '8:30 p.m. EST', 'time');
p('sometime overnight', 'early morning', 'time');
p('around 9:30 p.m.', '9:31 p.m.', 'time');

// ───────────────────────────── date ─────────────────────────────
sect('date', 'the fire', ['2023-03-14', '2023-03-14']); // Tuesday
p('Monday', 'March 13', 'date');
p('last night', 'Monday night', 'date');
p('last night', 'Sunday', 'date', 'x');
p('yesterday', 'March 13', 'date');
p('March 13', '3/13', 'date');
p('13 March', 'March 13', 'date');

sect('date', 'the shooting', ['2022-07-05', '2022-07-06']); // Tue, Wed
p('Monday night', 'the Fourth of July', 'date');
p('last night', 'Monday', 'date');
p('yesterday', 'yesterday', 'date', 'x');
p('Tuesday', 'yesterday', 'date');
p('Sunday', 'July 4', 'date', 'x');
p('over the holiday weekend', 'Sunday', 'date');
p('early Tuesday', 'late Monday', 'date', '?');

sect('date', 'the robbery', ['2021-11-29', '2021-11-29']); // Monday after Thanksgiving
p('Black Friday', 'Nov. 26', 'date');
p('Thanksgiving night', 'Thursday', 'date');
p('Saturday', 'Nov. 27', 'date');
p('Saturday', 'Nov. 28', 'date', 'x');
p('over the weekend', 'Sunday morning', 'date');
p('last week', 'Wednesday', 'date');
p('last week', 'Sunday', 'date', '?');
p('earlier this month', 'Nov. 3', 'date');
p('earlier this month', 'Oct. 30', 'date', 'x');

sect('date', 'the flood', ['2019-06-03', '2019-06-04']); // Mon, Tue
p('between May 24 and May 26', 'May 25', 'date');
p('Memorial Day weekend', 'May 26', 'date');
p('Memorial Day', 'May 27', 'date');
p('Memorial Day', 'May 20', 'date', 'x');
p('last week', 'May 29', 'date');
p('last month', 'May 30', 'date');
p('May 30, 2019', 'May 30, 2018', 'date', 'x');
p('Thursday', 'May 30', 'date');

sect('date', 'the tornado', ['2024-04-29', '2024-05-01']); // Mon, Wed
p('Friday', 'last Friday', 'date');
p('Sunday', 'Sunday', 'date');
p('Friday night', 'April 26', 'date');
p('Saturday', 'April 26', 'date', 'x');
p('Friday night into Saturday', 'April 27', 'date');
p('April 26', 'last month', 'date');
p('last month', 'April 26', 'date', 'x');

sect('date', 'the crash', ['2025-01-02', '2025-01-02']); // Thursday
p("New Year's Eve", 'Dec. 31, 2024', 'date');
p("New Year's Eve", 'Tuesday', 'date');
p("New Year's Day", 'Dec. 31', 'date', 'x');
p('early Wednesday', "shortly after midnight on New Year's Day", 'date');
p('03/04/2023', 'April 3, 2023', 'date', '?', { pubA: '2023-04-05', pubB: '2023-04-05' });

sect('date', 'the stabbing', ['2020-02-17', '2020-02-18']); // Presidents Day (Mon), Tue
p('Presidents Day', 'Monday', 'date');
p("Valentine's Day", 'Friday', 'date');
p('Saturday night', 'Feb. 15', 'date');
p('Saturday night', 'early Sunday', 'date', '?');
p('this morning', 'Monday morning', 'date');
p('today', 'yesterday', 'date');
p('today', 'today', 'date', 'x');
p('Sunday', 'two days ago', 'date');

sect('date', 'the explosion', ['2018-10-08']); // Monday; second source undated
p('Sunday', 'Oct. 7', 'date');
p('Sunday', 'Oct. 14', 'date', 'x');
p('Columbus Day weekend', 'Oct. 6', 'date');
p('last weekend', 'early October', 'date');
p('in the past few days', 'Oct. 2', 'date', '?');

// ───────────────────────────── number ─────────────────────────────
sect('number', 'the crash');
p('three', '3', 'killed');
p('at least three', '4', 'killed');
p('at least three', '2', 'killed', 'x');
p('one person', 'a man', 'killed');
p('two people', 'a man and a woman', 'killed');
p('a man and a woman', 'three', 'killed', 'x');
p('five, including two children', '5', 'dead');
p('no one', '0', 'injured');
p('none', '2', 'injured', 'x');
p('none', 'no injuries were reported', 'injured');
p('multiple', '3', 'injured');
p('multiple', '1', 'injured', 'x');
p('the death toll rose to 14', '12', 'killed', '?');

sect('number', 'the shooting');
p('at least 12', 'a dozen', 'wounded');
p('a dozen', 12, 'wounded');
p('about a dozen', '11', 'wounded');
p('more than 20', 'two dozen', 'shots fired');
p('3, including the gunman', '2', 'dead', '?');
p('twenty-one', '21', 'victims');
p('a dozen or so', '14', 'shell casings');
p('a dozen or so', '30', 'shell casings', 'x');
p('more than a dozen', '13', 'shots');
p('four others', '4', 'injured');
p('at least 5', 'at most 5', 'injured');
p('at least 7', 'fewer than 5', 'injured', 'x');

sect('number', 'the storm');
p('nearly 50', '48', 'homes destroyed');
p('up to 100', '75', 'evacuated');
p('up to 100', '120', 'evacuated', 'x');
p('dozens', '40', 'injured');
p('dozens', '5', 'injured', 'x');
p('several', '4', 'missing');
p('several', '60', 'missing', '?');
p('a few', '3', 'missing');
p('a couple', '2', 'missing');
p('hundreds', '300', 'displaced');
p('hundreds', '2,000', 'displaced', '?');
p('thousands', '5,000', 'without power');
p('1.2 million', '1,200,000', 'customers without power');
p(1200000, '1.2 million', 'customers without power');
p('between 30 and 40', '35', 'structures');
p('roughly 200', '215', 'rescued');
p('roughly 200', '150', 'rescued', '?');
p('fewer than 10', '7', 'deaths');
p('fewer than 10', '10', 'deaths', 'x');
p('no fewer than 6', '6', 'deaths');
p('as many as 30', '25', 'deaths');
p('scores', '60', 'arrested');
p('numerous', '8', 'arrested');

// ───────────────────────────── age ─────────────────────────────
sect('age', 'the victim');
p('34', '34-year-old', 'age');
p(34, 'thirty-four', 'age');
p('in his 30s', '34', 'age');
p('in his 30s', '41', 'age', 'x');
p('in her early 20s', '22', 'age');
p('in her early 20s', '24', 'age', '?');
p('in her early 20s', '28', 'age', 'x');
p('in his late 50s', '58', 'age');
p('in his mid-40s', '45', 'age');
p('in his mid-40s', '49', 'age', '?');
p('around 30', '29', 'age');
p('a man in his 60s', 60, 'age');
p('a woman in her 70s', '69', 'age', 'x');
p('in her 80s', 'octogenarian', 'age');
p('nonagenarian', '93', 'age');
p('centenarian', '101', 'age');
p('twenty-something', '27', 'age');

sect('age', 'the suspect');
p('teenager', '16', 'suspect_age');
p('teen', '19', 'suspect_age');
p('teenager', '21', 'suspect_age', 'x');
p('juvenile', '15', 'suspect_age');
p('young man', '23', 'suspect_age');
p('20-year-old', '21', 'suspect_age', 'x');
p('seventeen-year-old', '17', 'suspect_age');
p('adult', '16', 'suspect_age', 'x');
p('adult', '45', 'suspect_age');
p('college student', '20', 'suspect_age');
p('college student', '45', 'suspect_age', '?');
p('high school student', '16', 'suspect_age');
p('middle-aged', '52', 'suspect_age');
p('middle-aged', '62', 'suspect_age', '?');

sect('age', 'the child');
p('a toddler', '2', 'age');
p('toddler', '7', 'age', 'x');
p('infant', '6 months', 'age');
p('baby', '3 weeks old', 'age');
p('school-age', '9', 'age');
p('preteen', '11', 'age');
p('age 8', '8 years old', 'age');

sect('age', 'the driver');
p('elderly', '84', 'driver_age');
p('elderly', '35', 'driver_age', 'x');
p('senior citizen', '71', 'driver_age');
p('retiree', '68', 'driver_age');

// ───────────────────────────── money ─────────────────────────────
sect('money', 'the suspect');
p('$50,000', '$50K', 'bail');
p('$50,000', '$500,000', 'bail', 'x');
p('$1 million', '$1,000,000', 'bail');
p('$1.5 million', '$1,500,000', 'bail');
p('$1.5 million', '$15 million', 'bail', 'x');
p('$250,000 cash bond', '$250,000', 'bond');
p('$250,000 cash-only bail', '$250,000 bond', 'bail');
p('no bail', 'held without bond', 'bail');
p('held without bail', '$100,000', 'bail', 'x');
p('released on his own recognizance', 'no bail', 'bail', '?');
p('released on his own recognizance', '$5,000 bail', 'bail', 'x');
p('$10,000 bond, 10% to apply', '$10,000', 'bond');
p('$10,000 bond, 10% to apply', '$1,000', 'bond', '?');
p('$2,500', '$2500', 'bail');
p(500000, '$500,000', 'bail');

sect('money', 'the lawsuit');
p('millions of dollars', '$4 million', 'damages');
p('$3.2M', '$3.2 million', 'damages');
p('six figures', '$150,000', 'settlement');
p('six figures', '$1.2 million', 'settlement', 'x');
p('a seven-figure settlement', '$2.5 million', 'settlement');
p('$50 million lawsuit', '$50 million', 'damages sought');
p('$12 million in damages', '$12 million verdict', 'verdict');
p('$900,000', 'nearly $1 million', 'settlement');
p('$1.3 million', '$1.25 million', 'settlement', '?');
p('€5 million', '5 million euros', 'fine');
p('£20,000', '$20,000', 'compensation', 'x');
p('£20,000', 'about $25,000', 'compensation', '?');
p('about $30 million', '$29.6 million', 'damages');

sect('money', 'the reward');
p('up to $25,000', '$20,000', 'reward');
p('$5,000 reward', '$5,000', 'reward');
p('a $20,000 reward, including $5,000 from the FBI', '$20,000', 'reward');
p('$15,000 from Crime Stoppers plus $5,000 from the family', '$20,000', 'reward');

sect('money', 'the theft');
p('$100', 'a hundred dollars', 'stolen');
p('about $400 in cash', '$380', 'amount taken');
p('less than $1,000', '$1,200', 'amount taken', 'x');
p('more than $10,000', '$12,500', 'loss');
p('roughly half a million dollars', '$500,000', 'loss');
p('tens of thousands of dollars', '$40,000', 'damage');
p('tens of thousands of dollars', '$400', 'damage', 'x');
p('about $2 million', '$2.1 million', 'damage');

// ───────────────────────────── duration ─────────────────────────────
sect('duration', 'the defendant');
p('25 years', '25 years in prison', 'sentence');
p('life in prison', 'life sentence', 'sentence');
p('life without parole', 'life in prison', 'sentence');
p('life without parole', '40 years', 'sentence', 'x');
p('life in prison', '25 years to life', 'sentence', '?');
p('10 years', 'a decade', 'sentence');
p('18 months', 'a year and a half', 'sentence');
p('six months', 'half a year', 'jail term');
p('30 days', 'a month', 'jail term');
p('30 days in jail', '90 days', 'jail term', 'x');
p('5 to 10 years', '7 years', 'sentence', '?');
p('up to 20 years', '20 years', 'maximum_sentence');
p('probation', '3 years of probation', 'sentence');
p('probation', '2 years in prison', 'sentence', 'x');
p('time served', '14 months', 'sentence', '?');

sect('duration', 'the standoff');
p('nearly six hours', '5 hours and 45 minutes', 'duration');
p('nearly six hours', '7 hours', 'duration', 'x');
p('more than 12 hours', '13 hours', 'lasted');
p('several hours', '4 hours', 'lasted');
p('several hours', '20 minutes', 'lasted', 'x');
p('about 90 minutes', 'an hour and a half', 'duration');
p('about 90 minutes', 'two hours', 'duration', '?');
p('all night', '9 hours', 'duration');
p('2 1/2 hours', '150 minutes', 'duration');

sect('duration', 'the search');
p('three days', '72 hours', 'duration');
p('a week', '7 days', 'duration');
p('about two weeks', '13 days', 'duration');
p('more than a month', '5 weeks', 'missing for');
p('a day and a half', '36 hours', 'missing for');
p('days', '3 days', 'missing for');

sect('duration', 'the shooting');
p('a few minutes', '3 minutes', 'lasted');
p('a few seconds', '2 minutes', 'lasted', 'x');
p('under a minute', '45 seconds', 'lasted');
p('roughly 40 minutes', '38 minutes', 'response time');

// ───────────────────────────── name ─────────────────────────────
sect('name', 'the suspect');
p('John Michael Harlan', 'John Harlan', 'name');
p('John M. Harlan', 'John Michael Harlan', 'name');
p('J. Michael Harlan', 'Michael Harlan', 'name');
p('John Harlan Jr.', 'John Harlan', 'name');
p('John Harlan Jr.', 'John Harlan Sr.', 'name', 'x');
p('John Harlan II', 'John Harlan', 'name');
p('Harlan', 'John Harlan', 'name');
p('the suspect, 24-year-old Raymond Pike', 'Raymond Pike', 'suspect');
p('Aaron Fisk', 'Erin Fisk', 'suspect', 'x');
p('Alan Greer', 'Allen Greer', 'suspect', '?');
p('Daniel Okafor', 'Daniel Okafor Jr.', 'suspect');
p('Daniel Okafor Sr.', 'Daniel Okafor III', 'suspect', 'x');
p('"Big Mike" Delgado', 'Michael Delgado', 'suspect');
p('Michael Delgado', 'Miguel Delgado', 'suspect', '?');
p('T.J. Whitaker', 'Thomas James Whitaker', 'name');
p('Wm. Harrow', 'William Harrow', 'name');
p('Lisa Chen', 'Lisa Chang', 'name', 'x');

sect('name', 'the officer');
p('Officer Dana Whitfield', 'Dana Whitfield', 'officer');
p('Sgt. Luis Ortega', 'Sergeant Luis Ortega', 'officer');
p('Sgt. Luis Ortega', 'Lt. Luis Ortega', 'officer', '?');
p('Chief Marcus Dell', 'Police Chief Marcus Dell', 'spokesperson');
p('Deputy Karen Voss', 'Deputy Kara Voss', 'officer', 'x');
p('Trooper Ben Castillo', 'Benjamin Castillo', 'officer');

sect('name', 'the victim');
p('Dr. Priya Raman', 'Priya Raman, M.D.', 'victim');
p('Bill Tran', 'William Tran', 'victim');
p('Bob Kessler', 'Robert Kessler', 'victim');
p('Peggy Ames', 'Margaret Ames', 'victim');
p('Liz Moreno', 'Elizabeth Moreno', 'victim');
p('Tony Russo', 'Anthony Russo', 'victim');
p('Kate Sullivan', 'Karen Sullivan', 'victim', 'x');
p('Chris Doyle', 'Christine Doyle', 'victim');
p('Christine Doyle', 'Christopher Doyle', 'victim', 'x');
p('Patricia Quinn', 'Pat Quinn', 'victim');
p('Jon Petersen', 'John Peterson', 'victim', '?');
p('Mohammed Al-Hassan', 'Muhammad al-Hassan', 'victim');
p('Jose Ramirez', 'José Ramírez', 'victim');
p('Nguyen Van Minh', 'Minh Nguyen', 'victim');
p("Sean O'Malley", 'Sean OMalley', 'victim');
p('Deshawn Carter', 'DeShawn Carter', 'victim');
p('Tamika Brooks-Wells', 'Tamika Brooks', 'victim');
p('Andre DuBois', 'Andre Du Bois', 'victim');
p('Yevgeny Orlov', 'Evgeny Orlov', 'victim');
p('Elizabeth Harrington', 'Elizabeth Harringotn', 'victim');
p('Jonathan Whitmore', 'Jonathon Whitmore', 'victim', '?');

sect('name', undefined);
p('Gov. Ellen Marsh', 'Governor Ellen Marsh', 'official', 'ok', { subj: 'the governor' });
p('Mayor Ray Fontaine', 'Mayor Rachel Fontaine', 'official', 'x', { subj: 'the mayor' });

// ───────────────────────────── text ─────────────────────────────
sect('text', 'the shooting');
p('handgun', 'pistol', 'weapon');
p('9mm handgun', 'Glock 19', 'weapon');
p('revolver', 'semi-automatic pistol', 'weapon', 'x');
p('AR-15-style rifle', 'assault-style rifle', 'weapon');
p('firearm', 'shotgun', 'weapon');
p('BB gun', 'handgun', 'weapon', '?');
p('shot once in the leg', 'shot in the chest', 'injuries', 'x');
p('gunshot wound to the leg', 'shot in the thigh', 'injuries');
p('multiple gunshot wounds', 'shot several times', 'injuries');
p('a single gunshot wound', 'shot multiple times', 'injuries', 'x');
p(true, 'taken into custody', 'arrested');
p(false, 'taken into custody', 'arrested', 'x');

sect('text', 'the assault');
p('knife', 'kitchen knife', 'weapon');
p('blunt object', 'baseball bat', 'weapon');
p('stab wounds to the torso', 'stabbed in the abdomen', 'injuries');
p('head trauma', 'head injury', 'injuries');
p('cuts and bruises', 'minor injuries', 'injuries');

sect('text', 'the crash');
p('pickup truck', 'Ford F-150', 'vehicle');
p('sedan', 'Honda Accord', 'vehicle');
p('Ford F-150', 'Chevrolet Silverado', 'vehicle', 'x');
p('silver Toyota Camry', 'gray Camry', 'vehicle', '?');
p('silver Toyota Camry', 'Toyota Camry', 'vehicle');
p('red Jeep', 'white Jeep', 'vehicle', 'x');
p('tractor-trailer', 'semi truck', 'vehicle');
p('motorcycle', 'Harley-Davidson', 'vehicle');
p('box truck', 'U-Haul truck', 'vehicle');
p('broken arm', 'fractured arm', 'injuries');

sect('text', 'the victim');
p('critical condition', 'life-threatening injuries', 'condition');
p('critical but stable', 'critical condition', 'condition');
p('stable condition', 'critical condition', 'condition', '?');
p('good condition', 'critical condition', 'condition', 'x');
p('non-life-threatening injuries', 'minor injuries', 'condition');
p('non-life-threatening injuries', 'critical condition', 'condition', 'x');
p('treated and released', 'minor injuries', 'condition');
p('pronounced dead at the scene', 'died at the scene', 'outcome');
p('died at the scene', 'died at the hospital', 'outcome', 'x');
p('died at the scene', 'killed', 'outcome');
p('fair condition', 'stable', 'condition');
p('critically injured', 'dead', 'status', '?');
p('second-degree burns', 'burns', 'injuries');

sect('text', 'the defendant');
p('first-degree murder', 'murder', 'charge');
p('first-degree murder', 'second-degree murder', 'charge', 'x');
p('murder', 'manslaughter', 'charge', '?');
p('DUI', 'driving under the influence', 'charge');
p('OUI', 'DUI', 'charge');
p('aggravated assault with a deadly weapon', 'aggravated assault', 'charge');
p('armed robbery', 'robbery with a firearm', 'charged_with');
p('vehicular homicide', 'vehicular manslaughter', 'charged_with', '?');
p('felony fleeing', 'evading police', 'charged_with');
p('arson', 'first-degree arson', 'charge');
p('possession of a controlled substance', 'drug possession', 'charge');

sect('text', 'the fire');
p('electrical fault', 'faulty wiring', 'cause');
p('unattended candle', 'electrical short', 'cause', 'x');
p('under investigation', 'undetermined', 'cause');
p('two-alarm fire', 'second-alarm blaze', 'size');

export default C;
