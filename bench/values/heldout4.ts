// Held-out set 4 (2026-12-02): 201 place pairs written by a fifth helper, who saw no code, after the day's rules
// for parts of towns, regions of a thing, outside a place and clipped names; scored once (32 false of 111, 21
// missed of 60; 58fab7e, that morning: 35 and 20).
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ---------------------------------------------------------------- neighborhoods, city parts
sect('place', 'the shooting');
p("Milwaukee's north side", 'the 3400 block of North 35th Street', 'location');
p('east Oakland', 'the 8000 block of International Blvd.', 'location');
p('the south side of Birmingham', 'Five Points South', 'neighborhood');
p('in Germantown', 'northwest Philadelphia', 'neighborhood');
p('outside a bar on Bourbon Street', 'the French Quarter', 'location');
p('the 4300 block of South Martin Luther King Drive', 'Bronzeville', 'location');
p('Southeast Washington', 'Congress Heights', 'neighborhood');
p("Hell's Kitchen", 'Clinton', 'neighborhood');
p('Roxbury', 'Dorchester', 'neighborhood', 'x');
p('the West Side of Chicago', "Chicago's South Side", 'location', 'x');
p('Northeast D.C.', 'Congress Heights', 'neighborhood', 'x');
p('the Upper West Side', 'the Upper East Side', 'neighborhood', 'x');
p('North Hollywood', 'Hollywood', 'neighborhood', 'x');
p('Kansas City', 'Kansas City, Kan.', 'city', '?');
p('East L.A.', 'Boyle Heights', 'neighborhood', '?');

sect('place', 'the carjacking');
p('Ybor City', 'Tampa', 'city');
p('South Beach', 'Miami Beach', 'city');
p('Fells Point', "Baltimore's waterfront", 'location');
p('Flatbush', 'Brooklyn', 'borough');
p('Skid Row', 'downtown Los Angeles', 'location');
p('Little Havana', 'Little Haiti', 'neighborhood', 'x');
p('West Hollywood', 'Hollywood', 'city', 'x');
p('Coral Gables', 'Miami', 'city', '?');

// ---------------------------------------------------------------- roads, bridges, highways
sect('place', 'the crash');
p('Interstate 95 near Exit 12', 'I-95 southbound', 'crash site');
p('the Capital Beltway', 'I-495 in Maryland', 'crash site');
p('the Golden Gate Bridge', 'U.S. 101 in San Francisco', 'crash site');
p('the Dan Ryan Expressway', 'I-94 on the South Side', 'crash site');
p('the A9 near Pitlochry', 'the A9 in Perthshire', 'crash site');
p('I-95 northbound', 'I-95 southbound', 'crash site', 'x');
p('the Bay Bridge', 'the Golden Gate Bridge', 'crash site', 'x');
p('the Brooklyn Bridge', 'the Manhattan Bridge', 'crash site', 'x');
p('the M6', 'the M1', 'crash site', 'x');
p('Route 1', 'U.S. 1', 'crash site', '?');

// ---------------------------------------------------------------- rooms, floors, parts of buildings
sect('place', 'the house fire');
p('the basement', 'the basement laundry room', 'origin');
p('a second-floor bedroom', 'the second floor', 'origin');
p('the porch', 'the front porch of her home', 'found at');
p('the driveway', 'outside his home', 'found at');
p('the kitchen', 'the living room', 'origin', 'x');
p('the third floor', 'the fifth floor', 'origin', 'x');
p('the driveway', 'inside the garage', 'found at', 'x');
p('a single-family home', 'an apartment complex', 'location', 'x');
p('the ground floor', 'the first floor', 'origin', '?');
p('the garage', 'the carport', 'origin', '?');

sect('place', 'the hotel shooting');
p('the lobby', 'the hotel lobby', 'location');
p('a stairwell', 'the stairwell between the second and third floors', 'location');
p('the fourth level of the parking garage', 'the parking garage', 'location');
p('the lobby', 'the 32nd floor', 'location', 'x');
p('behind the building', 'in front of the building', 'location', 'x');
p('the parking lot', 'the parking garage', 'location', '?');
p('a motel', 'a hotel', 'venue', '?');

// ---------------------------------------------------------------- venues, stores, transit
sect('place', 'the stabbing');
p('a Walmart in El Paso', 'the Cielo Vista Walmart', 'venue');
p('the Mall of America', 'Bloomington, Minn.', 'location');
p('Paddington station', 'west London', 'location');
p('a 7-Eleven', 'a convenience store', 'venue');
p('a CTA Red Line train', 'the Red Line', 'location');
p('Parsons Green station', 'the District line', 'location');
p('a Target store', 'a Walmart', 'venue', 'x');
p('Penn Station', 'Grand Central Terminal', 'location', 'x');
p('inside the store', 'outside the store', 'location', 'x');
p("the men's restroom", "the women's restroom", 'location', 'x');
p('outside a Starbucks', 'inside the Starbucks', 'location', 'x');
p('the Central line', 'the Northern line', 'location', 'x');
p('a convenience store', 'a gas station', 'venue', '?');
p('Grand Central', 'the 42nd Street station', 'location', '?');

// ---------------------------------------------------------------- wound locations
sect('place', 'the assault');
p('the left arm', 'the upper left arm', 'wound location');
p('the chest', 'the torso', 'wound location');
p('the head', 'the back of the head', 'wound location');
p('his right thigh', 'the right leg', 'wound location');
p('the lower back', 'the back', 'wound location');
p('the skull', 'the head', 'wound location');
p('the left arm', 'the right arm', 'wound location', 'x');
p('the leg', 'the arm', 'wound location', 'x');
p('the chest', 'the back', 'wound location', 'x');
p('the right shoulder', 'the left shoulder', 'wound location', 'x');
p('the left hand', 'the left arm', 'wound location', '?');
p('the hip', 'the leg', 'wound location', '?');

// ---------------------------------------------------------------- suburbs, metros, counties, airports
sect('place', 'the arrest');
p('Gary, Ind.', 'northwest Indiana', 'arrest location');
p('Scottsdale', 'suburban Phoenix', 'arrest location');
p('Aurora, Colo.', 'suburban Denver', 'arrest location');
p('Bloomington, Minn.', 'the Twin Cities area', 'arrest location');
p('Silver Spring, Md.', 'Montgomery County', 'arrest location');
p('a motel in Tukwila', 'south King County', 'arrest location');
p("O'Hare International Airport", 'Chicago', 'arrest location');
p('Logan Airport', 'East Boston', 'arrest location');
p('Gary, Ind.', 'Hammond, Ind.', 'arrest location', 'x');
p('St. Paul', 'Minneapolis', 'arrest location', 'x');
p('Midway Airport', "O'Hare", 'arrest location', 'x');
p('Gatwick', 'Heathrow', 'arrest location', 'x');
p('Pearson airport', 'Toronto', 'arrest location', '?');
p('Dulles International Airport', 'Washington', 'arrest location', '?');
p('Georgia', 'Tbilisi', 'arrest location', '?');

sect('place', 'the disappearance');
p('a native of Flint', 'Flint, Mich.', 'hometown');
p('Brooklyn', 'Kings County', 'county');
p('a wooded area', 'a forest preserve', 'found at');
p('a field', 'a cornfield off Route 30', 'found at');
p('DuPage County', 'Cook County', 'county', 'x');
p('Queens', 'Kings County', 'county', 'x');
p('just outside the city limits', 'inside the city', 'found at', 'x');
p('Naperville', 'DuPage County', 'county', '?');
p('a ditch', 'a culvert', 'found at', '?');
p('near the park', 'in the park', 'found at', '?');

// ---------------------------------------------------------------- same-name / state ambiguity
sect('place', 'the explosion');
p('Hattiesburg, Miss.', 'Mississippi', 'state');
p('Bristol, Tenn.', 'Bristol, Va.', 'city', 'x');
p('Kansas City, Mo.', 'Kansas City, Kan.', 'city', 'x');
p('Vancouver, Wash.', 'Vancouver, B.C.', 'city', 'x');
p('the Capitol', 'the U.S. Capitol', 'location', '?');
p('the Ellipse', 'the National Mall', 'location', '?');

// ---------------------------------------------------------------- storms, towns vs counties/regions
sect('place', 'the tornado');
p('Moore, Okla.', 'Cleveland County', 'where');
p('Mayfield, Ky.', 'western Kentucky', 'where');

sect('place', 'the hurricane');
p('Fort Myers Beach', 'Lee County', 'where');
p('the Outer Banks', 'Nags Head', 'where');
p('Metairie', 'Jefferson Parish', 'parish');
p('Panama City', 'Panama City Beach', 'city', 'x');
p('Galveston', 'Harris County', 'county', 'x');

sect('place', 'the wildfire');
p('Paradise, Calif.', 'Butte County', 'where');
p('Lytton, B.C.', "British Columbia's Fraser Canyon", 'where');
p('Maui', 'the Big Island', 'where', 'x');

// ---------------------------------------------------------------- parks, trails, rivers, mountains
sect('place', 'the drowning');
p('the Thames', 'the River Thames near Hammersmith Bridge', 'location');
p('the Everglades', 'South Florida', 'location');
p('the Mississippi River', 'the Missouri River', 'location', 'x');
p('the Hudson River', 'the East River', 'location', 'x');

sect('place', 'the hiker rescue');
p('the Appalachian Trail', 'a trail in Shenandoah National Park', 'location');
p('the Narrows', 'Zion National Park', 'location');
p('Snowdon', 'Yr Wyddfa', 'location');
p('Denali', 'Mount McKinley', 'location');

// ---------------------------------------------------------------- campuses and schools
sect('place', 'the campus shooting');
p('the UCLA campus', 'Westwood', 'location');
p('Columbia University', 'Morningside Heights', 'location');
p('Georgetown University', 'Georgetown', 'neighborhood');
p('Howard University', 'Northwest Washington', 'location');
p('the University of Pittsburgh', 'Oakland', 'neighborhood');
p('the main entrance', 'the front doors of the school', 'location');
p('Berkeley High School', 'UC Berkeley', 'location', 'x');
p('the school cafeteria', 'the gymnasium', 'location', 'x');
p('MIT', 'Boston', 'city', '?');

// ---------------------------------------------------------------- addresses, blocks, streets
sect('place', 'the robbery');
p('the 200 blk of E. Washington St.', 'the 200 block of East Washington Street', 'location');
p('W. Broad St.', 'West Broad Street', 'location');
p('N. Michigan Ave.', 'the Magnificent Mile', 'location');
p('the 1100 block of U Street NW', 'the U Street corridor', 'location');
p('East Sixth Street', 'downtown Austin', 'location');
p('Rodeo Drive', 'Beverly Hills', 'location');
p('125 Main Street', '127 Main Street', 'location', 'x');
p('the 1100 block of U Street NW', 'the 1100 block of U Street SE', 'location', 'x');
p('42nd Street and Eighth Avenue', 'Times Square', 'location', '?');
p('Peachtree Street', 'Peachtree Road', 'location', '?');

// ---------------------------------------------------------------- stadiums, arenas, casinos
sect('place', 'the stampede');
p('SoFi Stadium', 'Inglewood', 'venue');
p('Crypto.com Arena', 'Staples Center', 'venue');
p('the Stade de France', 'Saint-Denis', 'venue');
p('the Superdome', 'Caesars Superdome', 'venue');
p('Manchester Arena', 'Manchester', 'venue');
p('Crypto.com Arena', 'the Kia Forum', 'venue', 'x');
p('Madison Square Garden', 'Barclays Center', 'venue', 'x');
p('Saint-Denis', 'Paris', 'city', '?');

sect('place', 'the Las Vegas shooting');
p('Mandalay Bay', 'the Strip', 'location');
p('Mandalay Bay', 'the Bellagio', 'venue', 'x');

// ---------------------------------------------------------------- hospitals
sect('place', 'the shooting victim');
p('Grady Memorial Hospital', 'Grady', 'hospital');
p('Cook County hospital', 'John H. Stroger Jr. Hospital of Cook County', 'hospital');
p('Zuckerberg San Francisco General', 'SF General', 'hospital');
p('the Royal London Hospital', 'Whitechapel', 'hospital');
p('an area hospital', 'Regions Hospital', 'hospital');
p('Shock Trauma', 'Johns Hopkins Bayview', 'hospital', 'x');
p('Mass General', "Brigham and Women's", 'hospital', 'x');

// ---------------------------------------------------------------- houses of worship
sect('place', 'the church shooting');
p('Emanuel AME Church', 'Charleston, S.C.', 'venue');
p('Congregation Beth Israel', 'Colleyville, Texas', 'venue');
p('the Al Noor mosque', 'Christchurch', 'venue');
p('the Al Noor mosque', 'the Linwood mosque', 'venue', 'x');

// ---------------------------------------------------------------- UK and Ireland
sect('place', 'the riot');
p('Clonakilty', 'Co. Cork', 'county');
p('west Belfast', 'the Falls Road', 'location');
p('Southport', 'Merseyside', 'location');
p('Salford', 'Greater Manchester', 'location');
p('Whitehall', 'Westminster', 'location');
p('Glasgow', 'Edinburgh', 'city', 'x');
p('Drogheda', 'Co. Meath', 'county', '?');
p('Salford', 'Manchester', 'city', '?');

// ---------------------------------------------------------------- Europe
sect('place', 'the protest');
p('Montmartre', 'the 18th arrondissement', 'location');
p('Las Ramblas', 'La Rambla', 'location');
p('Le Marais', 'the 16th arrondissement', 'location', 'x');

sect('place', 'the knife attack');
p('Solingen', 'North Rhine-Westphalia', 'state');
p('Hanau', 'near Frankfurt', 'location');
p('Magdeburg', 'Saxony', 'state', 'x');

// ---------------------------------------------------------------- Ukraine, Middle East
sect('place', 'the strike');
p('Kiev', 'Kyiv', 'city');
p('Bucha', 'near Kyiv', 'location');
p('Gaza City', 'northern Gaza', 'location');
p('Khan Younis', 'Rafah', 'city', 'x');
p('the West Bank', 'Jerusalem', 'location', '?');
p('Gezi Park', 'Taksim Square', 'location', '?');

// ---------------------------------------------------------------- Asia, Oceania
sect('place', 'the crowd crush');
p('Admiralty', 'Hong Kong Island', 'location');
p('Kowloon', 'Tsim Sha Tsui', 'location');
p('Bombay', 'Mumbai', 'city');
p('Pahalgam', 'Indian-administered Kashmir', 'region');
p('Admiralty', 'Kowloon', 'location', 'x');
p('Delhi', 'New Delhi', 'city', '?');

sect('place', 'the flood');
p('Christchurch', 'Canterbury', 'region');
p('Christchurch', 'Auckland', 'city', 'x');

// ---------------------------------------------------------------- Canada
sect('place', 'the derailment');
p('Lac-Mégantic', 'Quebec', 'province');
p('Gatineau', 'the National Capital Region', 'location');

// ---------------------------------------------------------------- Africa, Latin America
sect('place', 'the police raid');
p('Kibera', 'Nairobi', 'city');
p('Copacabana', "Rio's South Zone", 'location');
p('Tepito', 'Mexico City', 'city');
p('Soweto', 'Cape Town', 'city', 'x');
p('Ciudad Juárez', 'El Paso', 'city', 'x');
p('Mexico City', 'Ecatepec', 'city', '?');

export default C;
