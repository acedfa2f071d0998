import { collector } from './harness';
const { cases: C, p, sect } = collector();

sect('age-decade', 'the suspect');
p('in his 20s', 20, 'age'); p('in his 20s', 29, 'age'); p('in his twenties', 25, 'age');
p('a man in his 40s', '45-year-old', 'age'); p('late 20s', '28', 'age'); p('in her 60s', 'a 64-year-old', 'age');
p('early 30s', 'in his 30s', 'age'); p('mid-30s', '30s', 'age'); p('in his late teens', 19, 'age');
p('in their 20s', 23, 'suspect age'); p('20-something', 26, 'age'); p('in his 30s', 34, 'age', 'ok', { subj: 'the gunman' });
p('in his 30s', 34, 'approximate age'); p('30s', '34', 'estimated age');
p('in his 30s', 45, 'age', 'x'); p('early 20s', 29, 'age', 'x'); p('late 50s', 51, 'age', 'x');

sect('overnight-date', 'the shooting', ['2016-04-25']);
p('Saturday night', 'Sunday', 'date', '?'); p('late Saturday', 'early Sunday', 'date'); p('late Saturday night', 'early Sunday', 'date');
p('Saturday night', 'early Sunday morning', 'date'); p('late Saturday', 'April 24', 'date'); p('late Saturday night', 'Sunday, April 24', 'date');
p('early Sunday', 'April 23', 'date', 'x'); p('Saturday night', 'April 24', 'date', '?');
p('late Friday', 'early Saturday', 'date'); p('Friday night', 'Saturday morning', 'date', '?');
p('Friday', 'Saturday', 'date', 'x'); p('late Friday', 'Sunday', 'date', 'x');
p('overnight Saturday', 'early Sunday', 'date');

sect('last-weekday', 'the shooting', ['2016-04-20']);
p('last Tuesday', 'April 12', 'date'); p('last Tuesday', 'April 19', 'date'); p('last Wednesday', 'April 13', 'date');
p('last Monday', 'April 11', 'date'); p('last Monday', 'April 18', 'date'); p('last Sunday', 'April 10', 'date');
p('last Sunday', 'April 17', 'date'); p('last Friday', 'April 8', 'date', '?'); p('this past Tuesday', 'April 12', 'date', '?');
p('Tuesday', 'April 12', 'date', '?');

sect('time-noon', 'the shooting');
p('midday', '12:30 p.m.', 'time'); p('midday', '11:45 a.m.', 'time'); p('around midday', '12:20 p.m.', 'time');
p('noon', '12:05 p.m.', 'time', '?'); p('around noon', '12:14 p.m.', 'time'); p('about noon', '11:50 a.m.', 'time');
p('12 noon', 'noon', 'time'); p('midnight', '12 a.m.', 'time'); p('midnight', '12:00 a.m.', 'time'); p('midnight', '00:00', 'time');
p('about midnight', '11:55 p.m.', 'time'); p('around 2', '2 a.m.', 'time'); p('2-ish', '2 a.m.', 'time');
p('at about 2:30', '2:30 a.m.', 'time'); p('around 12:30', '12:30 a.m.', 'time');
p('just after midnight', '12:07 a.m.', 'time'); p('shortly after midnight', '12:30 a.m.', 'time', '?');
p('shortly after 2 a.m.', '2:20 a.m.', 'time', '?'); p('shortly after 2 a.m.', '2:15 a.m.', 'time');
p('about 2:15 a.m.', '2:10 a.m.', 'time'); p('around 2 a.m.', '1:50 a.m.', 'time'); p('around 2 a.m.', '2:12 a.m.', 'time');
p('about 10 p.m.', '10:10 p.m.', 'time'); p('a few minutes after 10 p.m.', '10:06 p.m.', 'time');
p('just before 11 p.m.', '10:52 p.m.', 'time'); p('approximately 1:45 a.m.', '1:47 a.m.', 'time');
p('about 4:30 p.m.', '4:26 p.m.', 'time'); p('roughly 5 p.m.', '5:08 p.m.', 'time');

sect('money-approx', 'the suspect');
p('half a million dollars', '$500,000', 'bail'); p('half a million', '$500,000', 'bail'); p('a quarter million dollars', '$250,000', 'bail');
p('about $2 million', '$1.9 million', 'bail'); p('nearly $2 million', '$1.95 million', 'bail'); p('roughly $500,000', '$480,000', 'bail');
p('more than $1 million', '$1.2 million', 'bail'); p('over $10,000', '$12,000', 'reward'); p('$1 million-plus', '$1.1 million', 'bail');
p('around $50,000', '$48,000', 'bail'); p('approximately $3,000', '$3,100', 'bail');
p('at least $5,000', '$7,500', 'reward'); p('up to $5,000', '$5,000', 'reward'); p('an estimated $2 million', '$2.1 million', 'damage');
p('about $1 million', '$1 million', 'bail');
p('a million dollars', '$1 million', 'bail'); p('one million dollars', '$1,000,000', 'bail');
p('$1 million', '$2 million', 'bail', 'x');

sect('nickname', 'the victim');
p('Bob Smith', 'Robert Smith', 'name'); p('Bill Clinton', 'William Clinton', 'name'); p('Mike Brown', 'Michael Brown', 'name');
p('Tom Jones', 'Thomas Jones', 'name'); p('Dick Smith', 'Richard Smith', 'name'); p('Kate Smith', 'Katherine Smith', 'name');
p('Liz Smith', 'Elizabeth Smith', 'name'); p('Joe Biden', 'Joseph Biden', 'name'); p('Dan Smith', 'Daniel Smith', 'name');
p('Ed Gonzalez', 'Edward Gonzalez', 'name'); p('Sam Smith', 'Samuel Smith', 'name'); p('Matt Smith', 'Matthew Smith', 'name');
p('Jenny Smith', 'Jennifer Smith', 'name'); p('Nick Smith', 'Nicholas Smith', 'name'); p('Alex Smith', 'Alexander Smith', 'name');
p('Ben Smith', 'Benjamin Smith', 'name'); p('Dave Smith', 'David Smith', 'name'); p('Steve Smith', 'Steven Smith', 'name');
p('Steve Smith', 'Stephen Smith', 'name'); p('Jeff Smith', 'Jeffrey Smith', 'name'); p('Greg Smith', 'Gregory Smith', 'name');
p('Andy Smith', 'Andrew Smith', 'name'); p('Pat Smith', 'Patrick Smith', 'name'); p('Rob Smith', 'Robert Smith', 'name');
p('Jon Smith', 'Jonathan Smith', 'name'); p('Tim Smith', 'Timothy Smith', 'name'); p('Jim Smith', 'James Smith', 'name');
p('Mohamed Salah', 'Mohammed Salah', 'name'); p('Mohammad Khan', 'Muhammad Khan', 'name'); p('Yusuf Ali', 'Youssef Ali', 'name', '?');
p('Katherine Smith', 'Catherine Smith', 'name', '?'); p('Stephen Smith', 'Steven Smith', 'name', '?');
p('Kim Jong-un', 'Kim Jong Un', 'name'); p('Smith', 'Smyth', 'name', '?');
p('Jane Smith', 'Jane Smith-Jones', 'name'); p('Jane Jones', 'Jane Smith', 'name', '?');

sect('title', 'the officer');
p('Agent John Smith', 'John Smith', 'name'); p('Special Agent John Smith', 'John Smith', 'name'); p('FBI Special Agent John Smith', 'John Smith', 'name');
p('Capt. John Smith', 'John Smith', 'name'); p('Cmdr. John Smith', 'John Smith', 'name'); p('Commander John Smith', 'John Smith', 'name');
p('Patrolman John Smith', 'John Smith', 'name'); p('Pastor John Smith', 'John Smith', 'name'); p('Father John Smith', 'John Smith', 'name');
p('Coach John Smith', 'John Smith', 'name'); p('Principal John Smith', 'John Smith', 'name'); p('Staff Sgt. John Smith', 'John Smith', 'name');
p('Pfc. John Smith', 'John Smith', 'name'); p('Deputy Chief John Smith', 'John Smith', 'name'); p('State Trooper John Smith', 'John Smith', 'name');
p('Detective Sgt. John Smith', 'John Smith', 'name'); p('Sheriff John Smith', 'John Smith', 'name'); p('Rep. John Smith', 'John Smith', 'name');
p('Councilman John Smith', 'John Smith', 'name'); p('Alderman John Smith', 'John Smith', 'name'); p('Prosecutor John Smith', 'John Smith', 'name');
p('Attorney John Smith', 'John Smith', 'name'); p('D.A. John Smith', 'John Smith', 'name'); p('Firefighter John Smith', 'John Smith', 'name');
p('Officer Smith', 'John Smith', 'name'); p('Sgt. Smith', 'John Smith', 'name'); p('Agent Smith', 'Smith', 'name');
p('Sister Mary Smith', 'Mary Smith', 'name'); p('Nurse Mary Smith', 'Mary Smith', 'name'); p('Imam Ali Khan', 'Ali Khan', 'name');
p('Rabbi David Cohen', 'David Cohen', 'name'); p('Professor Jane Doe', 'Jane Doe', 'name'); p('Prof. Jane Doe', 'Jane Doe', 'name');
p('Chief Deputy Jane Doe', 'Jane Doe', 'name'); p('Lt. Col. Jane Doe', 'Jane Doe', 'name'); p('Sgt. Maj. Jane Doe', 'Jane Doe', 'name');
p('Gen. Jane Doe', 'Jane Doe', 'name'); p('Col. Jane Doe', 'Jane Doe', 'name'); p('Maj. Jane Doe', 'Jane Doe', 'name');

sect('place-abbrev', 'the victim');
p("St. Joseph's Hospital", "Saint Joseph's Hospital", 'hospital'); p('St. Joseph Hospital', "St. Joseph's Hospital", 'hospital');
p('St. Vincent', 'Saint Vincent Hospital', 'hospital'); p('Mt. Sinai', 'Mount Sinai Hospital', 'hospital');
p('St. Petersburg', 'Saint Petersburg', 'location'); p('Ft. Lauderdale', 'Fort Lauderdale', 'location'); p('Ft. Lauderdale', 'Fort Lauderdale, Fla.', 'location');
p('Mt. Pleasant', 'Mount Pleasant', 'location'); p('St. Paul, Minn.', 'Saint Paul, Minnesota', 'location'); p('Pt. Pleasant', 'Point Pleasant', 'location');
p('N. Charleston', 'North Charleston', 'location'); p('E. St. Louis', 'East St. Louis', 'location'); p('So. Boston', 'South Boston', 'location');
p('Ste. Genevieve', 'Sainte Genevieve', 'location');
p('Martin Luther King Jr. Drive', 'Martin Luther King Drive', 'location'); p('MLK Jr. Blvd.', 'Martin Luther King Jr. Boulevard', 'location');
p('St. Charles Avenue', 'Saint Charles Ave.', 'location'); p('Mt. Vernon Ave', 'Mount Vernon Avenue', 'location');
p('Ft. Hood', 'Fort Hood', 'location'); p('Fort Hood, Texas', 'Ft. Hood', 'location');
p('Univ. of Texas', 'University of Texas', 'location'); p('Memorial Hosp.', 'Memorial Hospital', 'hospital');
p('Jackson Memorial Hospital', 'Jackson Memorial Hosp.', 'hospital'); p('Cedars-Sinai', 'Cedars-Sinai Medical Center', 'hospital');
p('Cedars Sinai Medical Center', 'Cedars-Sinai', 'hospital');
p('Saint Louis', 'St. Charles', 'location', 'x'); p('Fort Worth', 'Fort Wayne', 'location', 'x'); p("St. Mary's Hospital", "St. Joseph's Hospital", 'hospital', 'x');

sect('generic-vs-named', 'the victim');
p('a hospital', 'Grady Memorial Hospital', 'hospital'); p('a hospital', 'Harborview Medical Center', 'hospital'); p('the hospital', 'Cedars-Sinai Medical Center', 'hospital');
p('a local hospital', 'Memorial Hermann', 'hospital'); p('a nearby hospital', 'Ben Taub', 'hospital'); p('a hospital', 'Mercy', 'hospital');
p('an area hospital', 'Christiana Hospital', 'hospital'); p('an area hospital', 'Christiana Care', 'hospital'); p('a trauma center', 'Ryder Trauma Center', 'hospital');
p('a local hospital', 'a nearby hospital', 'hospital'); p('hospital', 'medical center', 'hospital'); p('the hospital', 'a medical center', 'hospital');
p('a medical center', 'St. Joseph Medical Center', 'hospital'); p('a hospital', 'Mayo Clinic', 'hospital'); p("a children's hospital", "Lurie Children's Hospital", 'hospital');
p('a hospital', 'Kings County Hospital Center', 'hospital'); p('a hospital', 'Northwestern Memorial', 'hospital'); p('a hospital', 'UCLA Medical Center', 'hospital');
sect('generic-vs-named-venue', 'the shooting');
p('a nightclub', 'Pulse nightclub', 'location'); p('a nightclub', 'Club Pulse', 'location'); p('a club', 'Pulse', 'location'); p('a bar', "Doubles Bar", 'location');
p('a bar', 'The Tipsy Cow', 'location'); p('a restaurant', "Denny's", 'location'); p('a gas station', 'a Shell station', 'location'); p('a gas station', 'Shell', 'location');
p('a convenience store', '7-Eleven', 'location'); p('a store', 'Walmart', 'location'); p('a supermarket', 'Kroger', 'location'); p('a church', 'First Baptist Church', 'location');
p('a school', 'Lincoln Elementary', 'location'); p('a movie theater', 'Century 16', 'location'); p('a theater', 'Century 16 theater', 'location');
p('an apartment complex', 'Viewpointe Apartments', 'location'); p('an apartment complex', 'the Viewpointe apartment complex', 'location');
p('a motel', 'Motel 6', 'location'); p('a hotel', 'the Mandalay Bay', 'location'); p('a casino', 'Mandalay Bay Resort and Casino', 'location');
p('a lounge', 'Aqua Lounge', 'location'); p('a hookah lounge', 'Hookah Bar', 'location'); p('a park', 'Douglass Park', 'location');
p('a house party', 'a home on Elm Street', 'location'); p('a party', 'a residence', 'location');
p('a strip club', "Club Pink Pony", 'location'); p('a Waffle House', 'Waffle House', 'location'); p('the Waffle House', 'a restaurant', 'location');
p('an office building', 'the Capital Gazette building', 'location'); p('a newspaper office', 'Capital Gazette', 'location');
p('a parking lot', 'the Walmart parking lot', 'location'); p('a parking lot', 'Walmart', 'location', '?');

sect('part-of-place', 'the shooting');
p('the kitchen', 'the Smith home', 'location'); p('the bedroom', 'their apartment', 'location'); p('in the living room', '123 Main St.', 'location');
p('the back room', "Joe's Bar", 'location'); p('the bathroom', "a McDonald's", 'location'); p('the restroom', 'Walmart', 'location');
p('the lobby', 'Mandalay Bay', 'location'); p('the 32nd floor', 'Mandalay Bay', 'location'); p('a room on the 32nd floor', 'Mandalay Bay hotel', 'location');
p('the cafeteria', 'Marjory Stoneman Douglas High School', 'location'); p('Building 12', 'Marjory Stoneman Douglas High School', 'location'); p('the freshman building', 'the high school', 'location');
p('the parking lot', 'the church', 'location'); p('the church parking lot', 'First Baptist Church', 'location'); p('in the parking lot of the church', 'the church', 'location');
p('the driveway', 'his home', 'location'); p('the front porch', 'the house', 'location'); p('the backyard', 'the residence', 'location');
p('the courtroom', 'the courthouse', 'location'); p('Courtroom 3B', 'Cook County courthouse', 'location'); p('the emergency room', 'the hospital', 'location');
p('the ER', 'Grady Memorial Hospital', 'location'); p('the security checkpoint', 'LaGuardia Airport', 'location'); p('Gate 12', 'O\'Hare International Airport', 'location');
p('the patio', 'the bar', 'location'); p('the VIP section', 'Club Blu', 'location'); p('the dance floor', 'the club', 'location');
p('the stage', 'the Route 91 Harvest festival', 'location'); p('the concert grounds', 'the Route 91 Harvest festival', 'location');
p('the elevator', 'the apartment building', 'location'); p('the hallway', 'the apartment building', 'location'); p('apartment 4B', 'the Parkview Apartments', 'location');
p('Apartment 4B', '123 Main St.', 'location'); p('unit 12', 'the apartment complex', 'location');

sect('subarea-vs-city', 'the shooting');
p('Harlem', 'Manhattan', 'location'); p('Harlem', 'New York City', 'location'); p('the Bronx', 'New York City', 'location'); p('Brooklyn', 'New York City', 'location');
p('Staten Island', 'New York City', 'location'); p('Manhattan', 'NYC', 'location'); p('Bed-Stuy', 'Brooklyn', 'location');
p('South Los Angeles', 'Los Angeles', 'location'); p('Watts', 'Los Angeles', 'location'); p('Van Nuys', 'Los Angeles', 'location');
p('Englewood', 'Chicago', 'location'); p('Austin neighborhood', 'Chicago', 'location'); p("Chicago's Englewood neighborhood", 'Englewood', 'location');
p('Overtown', 'Miami', 'location'); p('Liberty City', 'Miami', 'location'); p('Little Haiti', 'Miami', 'location');
p('the French Quarter', 'New Orleans', 'location'); p('the Lower Ninth Ward', 'New Orleans', 'location'); p('Germantown', 'Philadelphia', 'location');
p('Kensington', 'Philadelphia', 'location'); p('Dorchester', 'Boston', 'location'); p('Roxbury', 'Boston', 'location');
p('Midtown', 'Atlanta', 'location'); p('Buckhead', 'Atlanta', 'location'); p('the Strip', 'Las Vegas', 'location');
p('Pine Hills', 'Orlando, Florida', 'location'); p('Pine Hills, Florida', 'Orlando', 'location'); p('near Orlando', 'Pine Hills', 'location');
p('a suburb of Chicago', 'Oak Park', 'location'); p('suburban Chicago', 'Oak Park, Ill.', 'location'); p('outside Houston', 'Katy, Texas', 'location');
p('west Houston', 'Houston', 'location'); p('north side', 'Chicago', 'location'); p("the city's west side", 'Garfield Park', 'location');
p('Chicago', 'Illinois', 'location'); p('Chicago', 'Cook County', 'location'); p('Sonoma County', 'Santa Rosa', 'location');
p('Los Angeles County', 'Los Angeles', 'location'); p('Orange County', 'Anaheim', 'location'); p('the Bay Area', 'Oakland', 'location');
p('Northern California', 'Oakland', 'location'); p('South Florida', 'Miami', 'location'); p('Long Island', 'Hempstead', 'location');
p('Hempstead, Long Island', 'Hempstead, N.Y.', 'location'); p('Brooklyn, New York', 'Brooklyn, N.Y.', 'location');

sect('X:place2', 'the shooting');
p('Orlando, Florida', 'Orlando, Texas', 'location', 'x'); p('Portland, Oregon', 'Portland, Maine', 'location', 'x'); p('Springfield, Ill.', 'Springfield, Mo.', 'location', 'x');
p('Harlem', 'Brooklyn', 'location', 'x'); p('Englewood', 'Austin', 'location', 'x'); p('Chicago', 'Houston', 'location', 'x');
p('Denver, Colorado', 'Denver', 'location'); p('Kansas City, Missouri', 'Kansas City, Kansas', 'location', 'x');

sect('X:names2', 'the suspect');
p('John Smith Jr.', 'John Smith Sr.', 'name', 'x'); p('John Smith II', 'John Smith III', 'name', 'x'); p('John Smith', 'John Smithson', 'name', 'x');
p('Robert Smith', 'Roberta Smith', 'name', 'x'); p('Michael Brown', 'Michelle Brown', 'name', 'x'); p('Daniel Smith', 'Danielle Smith', 'name', 'x');

sect('X:time2', 'the shooting');
p('Sunday morning', '10 p.m.', 'time', 'x'); p('Friday afternoon', '9 a.m.', 'time', 'x'); p('Saturday night', '7 a.m.', 'time', 'x');
p('morning', '3 p.m.', 'time', 'x'); p('afternoon', '11 p.m.', 'time', 'x'); p('evening', '3 a.m.', 'time', 'x');

export default C;
