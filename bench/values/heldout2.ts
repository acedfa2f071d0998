import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ───────────────────────────── place: shootings ─────────────────────────────
sect('place', 'the shooting');
p('the 2900 block of North Broad Street', 'North Philadelphia', 'location');
p('outside a nightclub on Sixth Street', 'downtown Austin', 'location');
p('at a gas station on Florissant Avenue', 'north St. Louis', 'location');
p('Brownsville', 'East New York', 'neighborhood', '?');
p('the 100 block of East 125th Street', 'Harlem', 'location');
p('Harlem', 'the Bronx', 'borough', 'x');
p('Anacostia', 'Southeast D.C.', 'location');
p('the Austin neighborhood', "Chicago's West Side", 'location');
p('Englewood', "Chicago's West Side", 'location', 'x');
p('Watts', 'South Los Angeles', 'location');
p('Compton', 'Los Angeles County', 'location');
p('Compton', 'Los Angeles', 'city', '?');
p('1523 Oak St.', '1500 blk Oak St', 'address');
p('1523 Oak St.', '1532 Oak Street', 'address', 'x');
p('the 1500 block of Oak Street', 'the 1600 block of Oak Street', 'location', 'x');
p('in the parking lot behind the bar', 'outside the bar', 'location');
p('on the dance floor', 'in the parking lot', 'where shot', 'x');
p('at a Chevron station off Interstate 10', 'a gas station in west Phoenix', 'location');
p('a Chevron station', 'a Shell station', 'location', 'x');
p('near the corner of 3rd and Pine', 'at 3rd Avenue and Pine Street', 'location');
p('in a parked car', 'on the sidewalk', 'location', 'x');
p('a Waffle House off I-24', 'Antioch', 'location');
p('Five Points', 'downtown Denver', 'location', '?');

sect('place', 'the gunfire');
p('the Las Vegas Strip', 'Paradise, Nev.', 'location');
p('from the 32nd floor of Mandalay Bay', 'the Route 91 Harvest festival grounds', 'location', '?');
p('Sandtown-Winchester', 'West Baltimore', 'location');
p('the French Quarter', 'the Garden District', 'location', 'x');
p('Beale Street', 'downtown Memphis', 'location');

// ───────────────────────────── place: stabbings ─────────────────────────────
sect('place', 'the stabbing');
p('in the kitchen of the home', 'inside a residence on Maple Avenue', 'location');
p('in the front yard', 'inside the house', 'location', 'x');
p('on a Q train', 'at the Canal Street station', 'location', '?');
p('on a northbound 6 train', 'aboard a southbound A train', 'location', 'x');
p('Times Square–42nd Street station', 'the subway station at Times Square', 'location');
p('Tottenham', 'north London', 'location');
p('Peckham', 'north London', 'location', 'x');
p('Brixton', 'Lambeth', 'borough');
p('Saint-Denis', 'Seine-Saint-Denis', 'location');
p('Saint-Denis', 'Paris', 'city', '?');

sect('place', 'the attack');
p('Itaewon', 'Busan', 'city', 'x');
p('Mong Kok', 'Kowloon', 'district');
p('Causeway Bay', 'Kowloon', 'district', 'x');
p('Bondi', "Sydney's eastern suburbs", 'location');
p('Copacabana', 'Rio de Janeiro', 'location');
p('Culiacán', 'Sinaloa', 'state');
p('Culiacán', 'Sonora', 'state', 'x');
p('Istanbul’s Taksim Square', 'Beyoğlu district', 'location');
p('Kadıköy', 'the European side of Istanbul', 'location', 'x');
p("Jerusalem's Old City", 'East Jerusalem', 'location');
p('Tel Aviv', 'Jaffa', 'city', '?');
p('Kramatorsk', 'Donetsk region', 'location');
p('Kramatorsk', 'Kharkiv region', 'region', 'x');

// ───────────────────────────── place: victims / hospitals ─────────────────────────────
sect('place', 'the victim');
p('Ben Taub Hospital (Houston, TX)', 'a Houston hospital', 'taken_to');
p('Memorial Hermann-Texas Medical Center', 'Ben Taub Hospital', 'hospital', 'x');
p('R Adams Cowley Shock Trauma Center', 'University of Maryland Medical Center', 'hospital');
p('Zuckerberg San Francisco General', 'SF General', 'hospital');
p('Stroger Hospital', 'Cook County hospital', 'hospital');
p('Advocate Christ Medical Center', 'a hospital in Oak Lawn', 'taken_to');
p('Temple University Hospital', 'Penn Presbyterian Medical Center', 'hospital', 'x');
p('pronounced dead at the scene', 'died at Grady Memorial Hospital', 'place of death', 'x');
p('died at the scene', 'pronounced dead at an area hospital', 'place of death', 'x');
p('airlifted to Tampa General Hospital', 'flown to a hospital in Tampa', 'taken_to');
p('UMC Trauma', 'University Medical Center of Southern Nevada', 'hospital');
p('the Royal London Hospital', 'a hospital in east London', 'hospital');
p('Regions Hospital in St. Paul', 'a Minneapolis hospital', 'hospital', 'x');
p('treated and released at the scene', 'hospitalized at Elmhurst Hospital', 'treated at', 'x');
p('local_hospital', 'an area hospital', 'taken_to');
p('Baylor Scott & White Medical Center in Temple', 'a Waco hospital', 'hospital', 'x');
p('flown to UPMC Presbyterian', 'taken by ambulance to a Pittsburgh hospital', 'taken_to', '?');

sect('place', 'the wound');
p('Upper Torso', 'in the chest', 'wound location');
p('leg', 'Right Thigh', 'wound');
p('in the left arm', 'in the right arm', 'wound location', 'x');
p('in the back', 'in the abdomen', 'shot in', 'x');
p('in the lower body', 'in the buttocks', 'wound location');
p('a graze wound to the head', 'shot in the head', 'wound location');
p('in the face', 'in the head', 'wound location');
p('in the ankle', 'in the upper body', 'wound location', 'x');
p('in the neck', 'upper body', 'injury location', '?');

// ───────────────────────────── place: suspects and arrests ─────────────────────────────
sect('place', 'the arrest');
p('arrested at his home in Cicero', 'taken into custody in suburban Chicago', 'arrest location');
p('arrested in Gary, Ind.', 'arrested in Chicago', 'arrest location', 'x');
p('at a motel in Barstow', 'San Bernardino County', 'arrested_at');
p('at the border crossing in Nogales', 'at the border in Arizona', 'arrest location');
p('San Ysidro port of entry', 'Otay Mesa port of entry', 'arrest location', 'x');
p('during a traffic stop on I-70 in Kansas', 'near Salina, Kan.', 'arrest location');
p('during a traffic stop on I-70 in Kansas', 'in Oklahoma', 'arrest location', 'x');
p("surrendered at the sheriff's office", 'arrested at his residence', 'where arrested', 'x');
p('police headquarters downtown', 'the 1st Precinct station house', 'surrendered at', '?');
p("at his girlfriend's apartment in Hialeah", 'Miami-Dade County', 'arrested_at');

sect('place', 'the suspect');
p("Terminal 3 at O'Hare", "O'Hare International Airport", 'arrest location');
p("O'Hare", 'Midway', 'airport', 'x');
p('Dulles International Airport', 'Reagan National', 'airport', 'x');
p('DCA', 'Ronald Reagan Washington National Airport', 'airport');
p('Concourse A at Denver International Airport', 'DIA', 'detained at');
p('Hobby Airport', 'Bush Intercontinental', 'airport', 'x');
p('Sea-Tac', 'Seattle-Tacoma International Airport', 'airport');
p('Boca Raton', 'Palm Beach County', 'location');
p('Boca Raton', 'Broward County', 'county', 'x');
p('Kissimmee, FL', 'Osceola County', 'county');
p('Brooklyn Center, MN', 'Hennepin County', 'location');
p('Brooklyn Center', 'Brooklyn Park', 'city', 'x');
p('Aurora, Colo.', 'Arapahoe County', 'location');
p('Aurora, Ill.', 'Aurora, Colo.', 'city', 'x');
p('Mississauga, Ont.', 'the Greater Toronto Area', 'location');
p('Mississauga', 'Toronto', 'city', '?');
p('Surrey, B.C.', 'Surrey, England', 'location', 'x');
p('Montreal North', 'Montréal-Nord', 'borough');
p('Dartmouth, N.S.', 'Halifax Regional Municipality', 'location');

// ───────────────────────────── place: hometowns / residence ─────────────────────────────
sect('place', 'the victim');
p('a Fort Wayne native', 'of Fort Wayne, Ind.', 'hometown');
p('of Dayton, Ohio', 'a Cincinnati man', 'hometown', 'x');
p('of Brooklyn', 'a New Yorker', 'hometown');
p('grew up in Decatur, Ga.', 'metro Atlanta', 'hometown');
p('from Leeds', 'from Yorkshire', 'hometown');
p('from Belfast', 'from Dublin', 'hometown', 'x');
p('Derry', 'Londonderry', 'hometown');
p('from Mumbai', 'Bombay', 'birthplace');
p('Hyderabad', 'Sindh', 'hometown', '?');
p('a native of Puerto Rico', 'from San Juan', 'hometown');
p('of Kyiv', 'Kiev', 'hometown');
p('Kharkiv', 'western Ukraine', 'hometown', 'x');
p('born in Saigon', 'Ho Chi Minh City', 'birthplace');
p('of Lowell, Mass.', 'of Lowell, Mich.', 'hometown', 'x');
p('a Bay Area resident', 'of Fremont', 'residence');
p('Upper East Side', 'Upper West Side', 'neighborhood', 'x');
p('South Boston', 'Southie', 'neighborhood');
p('Georgia', 'Tbilisi', 'home country', '?');
p('the UK', 'Belfast', 'country');
p('Great Britain', 'Belfast', 'country', '?');
p('Holland, Mich.', 'the Netherlands', 'hometown', 'x');

// ───────────────────────────── place: venues ─────────────────────────────
sect('place', 'the concert');
p('Madison Square Garden', 'the Garden', 'venue');
p('Madison Square Garden', 'Barclays Center', 'venue', 'x');
p('Red Rocks Amphitheatre', 'Morrison, Colo.', 'venue');
p('the Wiltern', 'Koreatown', 'venue');
p('the O2 Arena', 'Greenwich', 'venue');
p('the Bataclan', 'the 11th arrondissement', 'venue');
p('the Bataclan', 'Le Marais', 'location', 'x');

sect('place', 'the game');
p('SoFi Stadium', 'Inglewood', 'venue');
p('SoFi Stadium', 'the Rose Bowl in Pasadena', 'venue', 'x');
p('MetLife Stadium', 'East Rutherford, N.J.', 'venue');
p('MetLife Stadium', 'New York', 'city', '?');
p('Arrowhead', 'GEHA Field at Arrowhead Stadium', 'venue');
p('the Astrodome', 'NRG Stadium', 'venue', 'x');
p('Stade de France', 'Saint-Denis', 'venue');
p('the stadium parking lot', 'outside the stadium', 'location');

sect('place', 'the event');
p('a convention center downtown', 'the Moscone Center', 'venue');
p('the ballroom of the Hilton', "the hotel's rooftop bar", 'venue', 'x');
p('the Grand Ballroom', 'the Sheraton Grand', 'venue');
p('the school cafeteria', 'Central High School', 'location');
p('a second-floor classroom', 'on the first floor', 'location', 'x');
p('First Baptist Church', 'a church in Sutherland Springs', 'venue');
p('the National Mall', 'near the Washington Monument', 'location');
p('Lafayette Square', 'outside the White House', 'location');
p('in front of the courthouse', 'on the courthouse steps', 'location');
p('the courthouse lobby', 'on the courthouse steps', 'location', 'x');

sect('place', 'the rally');
p('the Ramble in Central Park', 'Central Park', 'location');
p('Golden Gate Park', 'Haight-Ashbury', 'location', '?');
p('Piedmont Park', 'Midtown Atlanta', 'location');
p('along the River Walk', 'downtown San Antonio', 'location');

// ───────────────────────────── place: fires ─────────────────────────────
sect('place', 'the fire');
p('a three-story apartment building on the Grand Concourse', 'the Bronx', 'location');
p('the third floor', 'the basement', 'where it started', 'x');
p('in the attic', 'on the upper floor', 'origin');
p('the Ghost Ship warehouse', 'Fruitvale district', 'location');
p('Kihei', 'West Maui', 'location', 'x');
p('santa rosa (sonoma co)', 'Sonoma County', 'county');
p('Grenfell Tower', 'North Kensington', 'location');
p('in the garage', 'inside the home', 'origin', '?');

sect('place', 'the robbery');
p('the Target on Elm Street', 'a Target store', 'store');
p('a Walgreens', 'a CVS pharmacy', 'store', 'x');
p('a 7-Eleven', 'a convenience store', 'location');
p('the food court at Mall of America', 'Bloomington, Minn.', 'location');
p('Tysons Corner Center', 'Fairfax County', 'location');
p('behind the building', 'in an alley behind the store', 'location');

// ───────────────────────────── place: crashes ─────────────────────────────
sect('place', 'the crash');
p('the Schuylkill Expressway', 'I-76', 'road');
p('the Schuylkill Expressway', 'I-95', 'road', 'x');
p('the Dan Ryan Expressway', 'I-94', 'road');
p('the 405', 'San Diego Fwy', 'freeway');
p('the 405', 'the 101', 'freeway', 'x');
p('Beltway 8', 'Sam Houston Tollway', 'road');
p('mile 142 of I-95', 'I-95 near mile marker 142', 'location');
p('near mile marker 87 on I-75', 'mile marker 112 on I-75', 'location', 'x');
p('Route 9W', 'Route 9', 'road', 'x');
p('Pacific Coast Highway in Malibu', 'PCH near Zuma Beach', 'location');
p('the New Jersey Turnpike near Exit 13A', 'Elizabeth, N.J.', 'location');
p('the Tappan Zee Bridge', 'Governor Mario M. Cuomo Bridge', 'location');
p('at Flatbush and Atlantic avenues', 'near Barclays Center', 'location');
p('in a ditch off Highway 61', 'in the median of Highway 61', 'location', '?');
p('Hyannis', 'Cape Cod', 'location');
p('Hyannis', "Martha's Vineyard", 'location', 'x');

sect('place', 'the plane crash');
p('the Potomac River', 'near Reagan National Airport', 'location');
p('a field near the runway', 'on the tarmac', 'location', 'x');

// ───────────────────────────── place: neighbourhoods, homes ─────────────────────────────
sect('place', 'the homicide');
p('Logan Square', "Chicago's Northwest Side", 'location');
p('the Tenderloin', 'SoMa', 'neighborhood', 'x');
p('the Tenderloin', 'downtown San Francisco', 'location');
p('Hollywood', 'West Hollywood', 'location', 'x');
p('North Hollywood', 'the San Fernando Valley', 'location');
p('the Pearl District', 'Portland, Ore.', 'location');
p('Inwood', 'upper Manhattan', 'location');
p('Washington Heights', 'the Bronx', 'borough', 'x');
p('Marble Hill', 'the Bronx', 'borough', '?');
p('Queens', 'Long Island', 'location', '?');
p('Bristol, Va.', 'Bristol, Tenn.', 'city', '?');

sect('place', 'the body');
p('a home in the 400 block of Pine Street', 'his residence', 'found at');
p('in the driveway', 'outside his home', 'found at');
p('front porch', 'back_yard', 'found at', 'x');
p('in an upstairs bedroom', 'on the second floor', 'found at');
p('her apartment', "a friend's house", 'where found', 'x');
p("the victim's home", "the suspect's home", 'where found', '?');
p('near the stadium', 'a mile from the stadium', 'where found', '?');
p('Northern Virginia', 'Arlington', 'location');

export default C;
