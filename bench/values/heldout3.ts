// Held-out set 3 (2026-12-02): 200 place pairs written by a fourth helper, who saw no code, while the rule for parts
// of towns was written; scored once after it (41 false of 109 agreeing, 25 missed of 61; the code before: 47, 23).
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// Held-out set 3: place descriptions from two articles about the same event.
// No expect = the two values agree (same place, or one contains the other).
// 'x' = they cannot both be true of one place.  '?' = genuinely ambiguous.

// ---------------------------------------------------------------- US city neighborhoods
sect('place', 'the shooting');
p('63rd and Halsted streets', 'Englewood', 'location');
p('2100 blk of N. Clark St.', 'Lincoln Park', 'location');
p('Austin', "Chicago's West Side", 'neighborhood');
p('Michigan Avenue and Randolph Street', 'the Magnificent Mile', 'location', 'x');
p('Mott Haven', 'the Bronx', 'neighborhood');
p('Bed-Stuy', 'Bedford-Stuyvesant, Brooklyn', 'neighborhood');
p('East New York', 'Brownsville', 'neighborhood', 'x');
p('Staten Island', 'Richmond County', 'county');
p('Queens', 'Long Island', 'location', '?');
p('the Lower East Side', 'the East Village', 'neighborhood', '?');
p("Houston's east side", 'the Second Ward', 'neighborhood');
p('Sharpstown', 'southwest Houston', 'neighborhood');
p('Sharpstown', "Houston's east side", 'neighborhood', 'x');
p('southwest Detroit', 'Mexicantown', 'neighborhood');
p('Corktown', 'downtown Detroit', 'location', '?');
p('downtown Cleveland', 'Public Square', 'location');
p('East Cleveland', "Cleveland's east side", 'city', 'x');
p('suburban Atlanta', 'Marietta, Ga.', 'location');
p('Marietta', 'south of Atlanta', 'location', 'x');
p('Decatur', 'DeKalb County', 'county');
p('Kensington', 'North Philadelphia', 'neighborhood', '?');
p('the 3200 block of M Street NW', 'Georgetown', 'location');
p('Congress Heights', 'Northwest Washington', 'location', 'x');
p('Pennsylvania Ave. SE', 'Southeast Washington', 'location');
p('South Los Angeles', 'South Central', 'location');
p('San Pedro', 'Los Angeles', 'city');
p('Hollywood', 'West Hollywood', 'city', 'x');
p('Boyle Heights', 'East Los Angeles', 'location', '?');
p('Ferguson', 'St. Louis County', 'location');
p('Ferguson', 'St. Louis', 'city', '?');
p('East St. Louis', 'St. Louis', 'city', 'x');
p('Hickory Hill', 'southeast Memphis', 'neighborhood');
p('Highland Park', 'Dallas', 'city', '?');

// ---------------------------------------------------------------- mass shootings at venues
sect('place', 'the mass shooting');
p('Robb Elementary School', 'Uvalde, Texas', 'location');
p('Uvalde', 'San Antonio', 'city', 'x');
p('Classroom 111', 'a fourth-grade classroom', 'room');
p('Columbine High School', 'Littleton, Colo.', 'location');
p('the Tree of Life synagogue', 'Squirrel Hill', 'location');
p('Tops Friendly Markets on Jefferson Avenue', "Buffalo's East Side", 'location');
p('Highland Park', 'north suburban Chicago', 'location');
p('Highland Park, Ill.', 'Highland Park, Texas', 'city', 'x');
p('Just-In-Time Recreation', 'Schemengees Bar & Grille', 'venue', 'x');
p('The Covenant School', 'Green Hills', 'location');
p('the Walmart', 'Cielo Vista Mall', 'location', '?');
p('the King Soopers on Table Mesa Drive', 'Boulder', 'location');
p('Pulse', 'downtown Orlando', 'location', '?');
p('Mandalay Bay', 'Paradise, Nev.', 'location');
p('Sutherland Springs', 'east of San Antonio', 'location');
p('Santa Fe High School', 'Santa Fe, N.M.', 'location', 'x');
p('Berkey Hall', 'the MSU Union', 'building', 'x');
p('the 36th Street station', 'Sunset Park', 'location');
p('the 59th Street station', 'Columbus Circle', 'location', '?');
p('Bourbon and Canal streets', 'Bourbon Street', 'location');

// ---------------------------------------------------------------- UK / Ireland
sect('place', 'the stabbing');
p('Finglas', 'north Dublin', 'location');
p('Tallaght', 'north Dublin', 'location', 'x');
p('Blanchardstown', 'Dublin 15', 'location');
p('Dún Laoghaire', 'Dun Laoghaire, Co Dublin', 'location');
p('Parnell Square East', "Dublin's north inner city", 'location');
p('Peckham', 'south London', 'location');
p('Croydon', 'north London', 'location', 'x');
p('Stratford', 'Stratford-upon-Avon', 'location', '?');
p('Southport', 'near Liverpool', 'location');
p('Magdala Road', 'Ilkeston Road', 'location', 'x');
p('Leith', 'Edinburgh', 'city');
p('Salford', 'Manchester', 'city', '?');
p('Belfast', 'County Antrim', 'county', '?');
p('Omagh', 'Co Tyrone', 'county');

// ---------------------------------------------------------------- continental Europe, Russia
sect('place', 'the attack');
p('London Bridge', 'Borough Market', 'location', '?');
p('Manchester Arena', 'the AO Arena', 'venue');
p('Manchester Arena', 'Victoria station', 'location', '?');
p('Le Petit Cambodge', 'the 10th arrondissement', 'location');
p('the 10th arrondissement', 'the 11th arrondissement', 'location', 'x');
p('the Stade de France', 'Saint-Denis', 'location');
p('Saint-Denis', 'Paris', 'city', '?');
p('La Rambla', 'Las Ramblas', 'location');
p('Cambrils', 'Barcelona', 'city', 'x');
p('Atocha', 'El Pozo station', 'location', 'x');
p('Breitscheidplatz', 'Charlottenburg', 'location');
p('Cologne', 'Köln', 'city');
p('Utøya', 'near Oslo', 'location');
p('Utøya', "Oslo's government quarter", 'location', 'x');
p('Crocus City Hall', 'Krasnogorsk', 'location');
p('Crocus City Hall', 'Moscow', 'city', '?');
p('Beslan', 'Chechnya', 'location', 'x');

// ---------------------------------------------------------------- rest of the world
sect('place', 'the siege');
p('the Taj Mahal Palace hotel', 'Colaba', 'location');
p('the Taj', 'the Oberoi', 'hotel', 'x');
p('Victoria Terminus', 'CST', 'location');
p('the Taj', 'Agra', 'location', '?');
p('the Lindt Café', 'Martin Place', 'location');
p('Martin Place', 'Circular Quay', 'location', 'x');
p('Westgate mall', 'Westlands, Nairobi', 'location');
p('Al Noor Mosque', 'Deans Avenue', 'location');
p('Al Noor Mosque', 'Linwood Islamic Centre', 'venue', 'x');
p('Port Arthur', 'Tasmania', 'state');
p('the Islamic Cultural Centre of Quebec City', 'Sainte-Foy', 'location');
p('Gatineau', 'Ottawa', 'city', 'x');
p('Scarborough', 'Toronto', 'city');
p('near Yamato-Saidaiji station', 'Nara', 'location');
p('Itaewon', 'Yongsan district', 'location');
p('Causeway Bay', 'Kowloon', 'location', 'x');
p('Ciudad Juárez', 'El Paso', 'city', 'x');
p('Bogotá', 'Bogota', 'city');
p('Georgia', 'Tbilisi', 'location', '?');

// ---------------------------------------------------------------- war
sect('place', 'the strike');
p('Kyiv', 'Kiev', 'city');
p('Kyiv', 'Kharkiv', 'city', 'x');
p('Lviv', 'western Ukraine', 'location');
p('Bakhmut', 'Artemivsk', 'city');
p('Jabalia', 'northern Gaza', 'location');
p('Khan Younis', 'northern Gaza', 'location', 'x');
p('the Nova festival site', "near Kibbutz Re'im", 'location');

// ---------------------------------------------------------------- disasters
sect('place', 'the earthquake');
p('Antakya', 'ancient Antioch', 'city');
p('Kahramanmaraş', 'Gaziantep', 'city', 'x');

sect('place', 'the flood');
p('Camp Mystic', 'Hunt, Texas', 'location');
p('Hunt', 'Kerrville', 'location', 'x');
p('Chimney Rock', 'Rutherford County', 'county');
p('Paiporta', 'the outskirts of Valencia', 'location');
p('Derna', 'Benghazi', 'city', 'x');
p('Lahaina', 'West Maui', 'location');

// ---------------------------------------------------------------- roads, bridges, rivers
sect('place', 'the crash');
p('the I-35W bridge', 'the Interstate 35W bridge over the Mississippi River', 'location');
p('the Francis Scott Key Bridge', 'the Patapsco River', 'location');
p('the Key Bridge', 'the Chesapeake Bay Bridge', 'bridge', 'x');
p('the Key Bridge', 'the Potomac River', 'location', '?');
p('the 405', 'the San Diego Freeway', 'road');
p('the Dan Ryan', 'I-94', 'highway');
p('the Kennedy Expressway', 'the Dan Ryan Expressway', 'highway', 'x');
p('the M25', 'the M1', 'road', 'x');
p('the Hudson River', 'the North River', 'river');
p('411 Elm Street', 'the Texas School Book Depository', 'location');
p('the Texas School Book Depository', 'the Dal-Tex Building', 'building', 'x');

// ---------------------------------------------------------------- airports
sect('place', 'the emergency landing');
p('JFK', 'John F. Kennedy International Airport', 'airport');
p('Idlewild', 'JFK', 'airport');
p('LaGuardia', 'JFK', 'airport', 'x');
p("O'Hare", 'ORD', 'airport');
p('Roissy', 'Charles de Gaulle', 'airport');
p('Haneda', 'Narita', 'airport', 'x');
p('Schönefeld', 'BER', 'airport', '?');
p('Dorval', 'Montréal-Trudeau', 'airport');
p('Kai Tak', 'Hong Kong International Airport', 'airport', 'x');
p('Bob Hope Airport', 'Hollywood Burbank Airport', 'airport');
p('DFW', 'Love Field', 'airport', 'x');
p('Newark airport', 'New York', 'location', '?');

// ---------------------------------------------------------------- rooms and parts of buildings
sect('place', 'the fire');
p('the kitchen', 'the living room', 'room', 'x');
p('a second-floor bedroom', 'upstairs', 'location');
p('the front porch', 'outside the home', 'location');
p('the front yard', 'inside the house', 'location', 'x');
p('Room 1207', 'the 12th floor', 'location');
p('Room 1207', 'Room 1407', 'room', 'x');
p('the parking lot', 'outside the store', 'location');
p('the driveway', 'the garage', 'location', '?');
p('a gas station', 'a convenience store', 'location', '?');
p('a dumpster behind the restaurant', 'behind the restaurant', 'found at');
p('the trunk of a car', 'the back seat', 'found at', 'x');

// ---------------------------------------------------------------- stadiums, arenas, landmarks
sect('place', 'the stampede');
p('the Astroworld Festival grounds', 'NRG Park', 'venue');
p('NRG Park', 'NRG Stadium', 'venue', '?');
p('the Astrodome', 'NRG Stadium', 'venue', 'x');
p('Crypto.com Arena', 'Staples Center', 'venue');
p('Madison Square Garden', 'the Barclays Center', 'venue', 'x');
p('the intersection of Broadway and 42nd Street', 'Times Square', 'location');
p('Times Square', 'Herald Square', 'location', 'x');
p('Penn Station', 'Newark Penn Station', 'location', '?');
p('the Ellipse', 'the White House', 'location', '?');
p('1600 Pennsylvania Ave. NW', 'the White House', 'location');

// ---------------------------------------------------------------- assassination attempts / targeted killings
sect('place', 'the assassination attempt');
p('the Butler Farm Show grounds', 'near Butler, Pa.', 'location');
p('the roof of the AGR International building', 'the Butler Farm Show grounds', 'location', '?');
p('Trump International Golf Club', 'West Palm Beach', 'location');
p('Mar-a-Lago', 'West Palm Beach', 'location', 'x');
p('outside the New York Hilton Midtown', 'Midtown Manhattan', 'location');

// ---------------------------------------------------------------- arrests
sect('place', 'the arrest');
p("a McDonald's in Altoona, Pa.", 'Altoona', 'arrest location');
p("a McDonald's", 'a Sheetz', 'arrest location', 'x');
p('Altoona', 'Hollidaysburg', 'arrest location', 'x');
p('in Pennsylvania', 'Altoona', 'arrest location');
p('Lisbon Falls', 'Lewiston', 'found at', 'x');

// ---------------------------------------------------------------- suspect hometowns
sect('place', 'the suspect');
p('Towson, Md.', 'the Baltimore area', 'hometown');
p('Conklin, N.Y.', 'Broome County', 'hometown');
p('Springfield, Mo.', 'Springfield, Ill.', 'hometown', 'x');
p('Springfield', 'Springfield, Ohio', 'hometown', '?');
p('Chennai', 'Madras', 'hometown');
p('Chemnitz', 'Karl-Marx-Stadt', 'hometown');
p('Medellín', 'Cali', 'hometown', 'x');
p('Surrey, B.C.', 'Metro Vancouver', 'hometown');

// ---------------------------------------------------------------- hospitals
sect('place', 'the hospital transfer');
p('Grady Memorial Hospital', 'Grady', 'hospital');
p('Memorial Hermann', 'Ben Taub', 'hospital', 'x');
p('Cook County Hospital', 'Stroger Hospital', 'hospital');
p('Mass General', 'Beth Israel', 'hospital', 'x');
p('UMC', 'University Medical Center of Southern Nevada', 'hospital');
p('a hospital in Dallas', 'Parkland Memorial Hospital', 'hospital');
p('the Royal London Hospital', 'Whitechapel', 'hospital');
p("St Vincent's", 'Royal Prince Alfred', 'hospital', 'x');
p('Allegheny General', 'UPMC Presbyterian', 'hospital', 'x');

// ---------------------------------------------------------------- wound locations
sect('place', 'the wounding');
p('the upper torso', 'the chest', 'wound location');
p('the left leg', 'the right leg', 'wound location', 'x');
p('the head', 'the neck', 'wound location', 'x');
p('the abdomen', 'the stomach', 'wound location');
p('the thigh', 'the leg', 'wound location');
p('the back', 'the chest', 'wound location', 'x');
p('the face', 'the head', 'wound location');
p('right ear', 'upper part of his right ear', 'wound location');
p('right ear', 'left ear', 'wound location', 'x');
p('the groin', 'the upper thigh', 'wound location', '?');
p('the upper body', 'the chest and shoulder', 'wound location');

export default C;
