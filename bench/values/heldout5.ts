// Held-out set 5 (2026-12-02): 200 place pairs written by a sixth helper, who saw no code, after every place rule
// of that day; scored once.
import { collector } from './harness';
const { cases: C, p, sect } = collector();

sect('place', 'the shooting');
p('the 1500 block of East 65th Street', 'Woodlawn', 'location');
p('Pilsen', "Chicago's Lower West Side", 'neighborhood');
p('Mott Haven', 'the South Bronx', 'neighborhood');
p('Congress Heights', 'Southeast D.C.', 'neighborhood');
p("Houston's southwest side", 'Alief', 'location');
p('Crenshaw Blvd. and Slauson Ave.', 'South Los Angeles', 'location');
p("Milwaukee's north side", 'Sherman Park', 'neighborhood');
p('Dorchester', 'Mattapan', 'neighborhood', 'x');
p("Detroit's east side", 'Brightmoor', 'neighborhood', 'x');
p('Northeast Minneapolis', 'North Minneapolis', 'neighborhood', 'x');
p('West Oakland', 'Fruitvale', 'neighborhood', 'x');
p('Wynwood', 'Little Havana', 'neighborhood', 'x');
p('Jamaica, Queens', 'Jamaica', 'where', '?');
p('South Beach', 'Miami', 'city', '?');

sect('place', 'the mass shooting');
p('Mandalay Bay', 'Paradise, Nev.', 'location');
p('the Star Ballroom Dance Studio', 'Monterey Park', 'location');
p('Thousand Oaks', 'Ventura County', 'city');
p('Borderline Bar', 'Simi Valley', 'venue', 'x');
p('the Bellagio', 'Caesars Palace', 'venue', 'x');
p('Half Moon Bay', 'San Mateo County', 'city');
p('Lewiston', 'Lisbon, Maine', 'town', 'x');
p('Allen, Texas', 'Collin County', 'city');
p('Halle', 'Saxony', 'state', 'x');
p('Utøya', 'Buskerud', 'county');

sect('place', 'the school shooting');
p('Marjory Stoneman Douglas High School', 'Parkland, Fla.', 'location');
p('Uvalde', 'Uvalde County', 'county');
p('Oxford High School', 'Oxford Twp., Mich.', 'location');
p('Nickel Mines', 'Bart Township', 'location');
p('Room 111', 'a classroom', 'location');
p('a second-floor classroom', 'the school library', 'location', 'x');
p('Red Lake', 'Bemidji', 'town', 'x');
p('Columbine High School', 'Littleton', 'city', '?');

sect('place', 'the church shooting');
p('Mother Emanuel AME Church', 'Charleston, S.C.', 'location');
p('First Baptist Church', 'Sutherland Springs, Texas', 'location');

sect('place', 'the crash');
p('Route 1 in Saugus', 'U.S. 1, Saugus, Mass.', 'crash site');
p('Highway 401 near Kingston', 'the 401 in eastern Ontario', 'crash site');
p('Highway 99 in Bakersfield', 'Kern County', 'crash site');
p('the Kancamagus Highway', 'Route 112', 'crash site');
p('mile marker 88 on the Overseas Highway', 'Islamorada', 'crash site');
p('the 405', 'the San Diego Freeway', 'crash site');
p('Hwy 61 in Tunica', 'Tunica County, Miss.', 'crash site');
p('mile marker 47 on Interstate 70', 'Kansas', 'crash site');
p('the Golden Gate Bridge', 'the Bay Bridge', 'crash site', 'x');
p('the 2200 blk of N. Broad St.', 'the 2200 block of South Broad Street', 'location', 'x');
p('the 400 block of E. Main St.', 'the 400 block of W. Main St.', 'location', 'x');
p('the Pennsylvania Turnpike', 'I-76', 'crash site', '?');
p('Peachtree Street', 'Peachtree Road', 'crash site', '?');

sect('place', 'the fire');
p('the third floor', 'a third-floor apartment', 'location');
p('Gatlinburg', 'Sevier County, Tenn.', 'location');
p('the town of Jasper', 'Jasper National Park', 'location');
p("Santa Rosa's Coffey Park neighborhood", 'Coffey Park', 'neighborhood');
p('Lahaina', 'Kula', 'location', 'x');
p('Fountaingrove', 'Coffey Park', 'neighborhood', 'x');
p('the kitchen', 'the back of the house', 'origin', '?');
p('the attic', 'the top floor', 'origin', '?');

sect('place', 'the stabbing');
p('left side of the chest', 'chest', 'wound location');
p('neck', 'throat', 'wound location');
p('thigh', 'leg', 'wound location');
p('left eye', 'the face', 'wound location');
p('left arm', 'right arm', 'wound location', 'x');
p('torso', 'leg', 'wound location', 'x');
p('upper body', 'head', 'wound location', '?');
p('groin', 'upper thigh', 'wound location', '?');
p('Parsons Green Tube station', 'Fulham', 'location');
p('Westminster Bridge', 'London Bridge', 'location', 'x');

sect('place', 'the arrest');
p('a motel in Kingman', 'Arizona', 'arrest location');
p('Gare du Nord', 'the 10th arrondissement', 'arrest location');
p('Brentwood, N.Y.', 'Islip', 'arrest location');
p('Towson', 'Baltimore County', 'arrest location');
p('Penn Station', 'Grand Central', 'arrest location', 'x');
p('Levittown, N.Y.', 'Levittown, Pa.', 'arrest location', 'x');
p('Louisville', 'Jeffersonville, Ind.', 'arrest location', 'x');
p('Kansas City', 'Kansas City, Kan.', 'arrest location', '?');
p('Baltimore County', 'Baltimore', 'arrest location', '?');
p('St. Louis County', 'St. Louis', 'arrest location', '?');

sect('place', 'the airport incident');
p("O'Hare", 'Chicago', 'location');
p('Logan Airport', 'East Boston', 'location');
p('Pearson airport', 'Mississauga', 'location');
p('John Wayne Airport', 'Orange County', 'location');
p('Gate C17', 'Concourse C', 'location');
p('Gatwick', 'Heathrow', 'location', 'x');
p('Dulles', 'Reagan National', 'location', 'x');
p('Hobby Airport', 'Bush Intercontinental', 'location', 'x');
p('DFW Airport', 'Grapevine', 'location', '?');
p('Concourse B', 'the main terminal', 'location', '?');

sect('place', 'the concert stampede');
p('Wrigley Field', 'Lake View', 'venue');
p('the Astrodome', 'NRG Park', 'venue');
p('Gillette Stadium', 'Foxboro, Mass.', 'venue');
p('Stade de France', 'Saint-Denis', 'venue');
p('the Superdome', 'the Smoothie King Center', 'venue', 'x');
p('the east stands', 'the west stands', 'location', 'x');
p('AT&T Stadium', 'Dallas', 'city', '?');
p('the Manchester Arena', 'Manchester Victoria station', 'venue', '?');
p('the dance floor', 'the bar area', 'location', '?');

sect('place', 'the robbery');
p('the Bank of America at 5th and Pine', 'downtown Seattle', 'location');
p('NW 7th Ave and 62nd St', 'Northwest Seventh Avenue and 62nd Street', 'location');
p('the intersection of Peachtree and 10th', 'Midtown Atlanta', 'location');
p('the Shell station at the intersection', 'a gas station', 'location');
p('the checkout area', 'near the registers', 'location');
p('King of Prussia Mall', 'Upper Merion Township', 'location');
p('a Circle K on U.S. 41', 'a Speedway station on U.S. 41', 'location', 'x');
p('the food court', 'the parking lot', 'location', 'x');
p('the Mall of America', 'Minneapolis', 'city', '?');
p('a Chase branch on Michigan Avenue', 'the Magnificent Mile', 'location', '?');

sect('place', 'the bar fight');
p('Canal and Bourbon', 'the edge of the French Quarter', 'location');
p('Beale Street', 'downtown Memphis', 'location');
p('behind the bar', "the bar's back patio", 'location');
p('Sixth Street', 'Rainey Street', 'location', 'x');
p("the bar's back patio", 'inside the bar', 'location', 'x');

sect('place', 'the body discovery');
p('a homeless encampment along the American River', 'Sacramento', 'found at');
p('Lot 14 of the Sunnyside trailer park', 'Sunnyside Mobile Home Park', 'found at');
p('a car in the parking garage', 'the third level of the parking garage', 'found at');
p('the driveway', 'outside the house', 'found at');
p('Building C of the Willow Creek Apartments', 'the Willow Creek apartment complex', 'found at');
p('a gravel road in rural Story County', 'outside Nevada, Iowa', 'found at');
p('the Tenderloin', 'SoMa', 'found at', 'x');
p('the trunk of a car', 'the back seat', 'found at', 'x');
p('the front porch', 'inside the home', 'found at', 'x');
p('the Willow Creek Apartments', 'the Oak Hollow Apartments', 'found at', 'x');
p("the home's basement", 'downstairs', 'found at', '?');
p('Nevada, Iowa', 'Nevada', 'found at', '?');

sect('place', 'the hospital transfer');
p('Grady Memorial Hospital', 'Grady', 'hospital');
p('Parkland', 'Parkland Memorial Hospital', 'hospital');
p('Jackson Memorial', 'the Ryder Trauma Center', 'hospital');
p('the Mayo Clinic', 'Rochester, Minn.', 'hospital');
p('the ICU', 'the intensive care unit', 'location');
p('Rochester General', 'Rochester, Minn.', 'hospital', 'x');

sect('place', 'the tornado');
p('Joplin', 'Jasper County, Mo.', 'location');
p('Plaza Towers Elementary', 'Moore', 'location');
p('Alberta City', 'Tuscaloosa', 'neighborhood');
p('Moore', 'Norman', 'city', 'x');

sect('place', 'the explosion');
p('the Port of Beirut', 'Beirut', 'location');
p('the fertilizer plant', 'West Fertilizer Co.', 'location');
p('East Palestine', 'Palestine, Texas', 'location', 'x');
p('Lac-Mégantic', 'Sherbrooke', 'location', 'x');

sect('place', 'the flood');
p('Camp Mystic', 'Hunt, Texas', 'location');
p('the Guadalupe River', 'Kerr County', 'location', '?');
p('Lake Mead', 'the Colorado River', 'location');
p('the Chattahoochee River', 'the Flint River', 'location', 'x');

sect('place', 'the drowning');
p('Barton Springs Pool', 'Zilker Park', 'location');
p('Nags Head', 'the Outer Banks', 'location');
p('Lake Travis', 'Lake Austin', 'location', 'x');
p('Galveston', 'the Bolivar Peninsula', 'location', 'x');
p('Panama City Beach', 'Panama City', 'location', 'x');
p('Kailua', 'Kona', 'location', '?');

sect('place', 'the missing hiker');
p('Angels Landing', 'Zion National Park', 'location');
p('Bright Angel Trail', "the Grand Canyon's South Rim", 'location');
p('the Appalachian Trail near Damascus', 'Washington County, Va.', 'location');
p('the North Kaibab Trail', 'the South Rim', 'location', 'x');
p('the Appalachian Trail', 'the Pacific Crest Trail', 'location', 'x');
p('the Snake River', 'Idaho', 'location', '?');

sect('place', 'the protest');
p('Tahrir Square', 'downtown Cairo', 'location');
p('Zuccotti Park', 'the Financial District', 'location');
p('the Champs-Élysées', 'the 8th arrondissement', 'location');
p('Causeway Bay', 'Hong Kong Island', 'location');
p('Trafalgar Square', 'Parliament Square', 'location', 'x');
p('Place de la République', 'Place de la Bastille', 'location', 'x');
p('Kadıköy', 'the European side of Istanbul', 'location', 'x');
p('across the street from the courthouse', 'outside the courthouse', 'location', '?');
p('near the courthouse', 'the courthouse steps', 'location');

sect('place', 'the attack');
p('Chhatrapati Shivaji Terminus', 'Victoria Terminus', 'location');
p('Breitscheidplatz', 'Charlottenburg', 'location');
p('Las Ramblas', 'La Rambla', 'location');
p('Pahalgam', 'Anantnag district', 'district');
p('Sderot', 'near the Gaza border', 'location');
p('Notre-Dame cathedral', 'Sacré-Cœur', 'location', 'x');
p('Rafah', 'Khan Younis', 'city', 'x');

sect('place', 'the earthquake');
p('Antakya', 'Hatay', 'province');
p('Kahramanmaraş', 'Gaziantep', 'city', 'x');
p('Manila', 'Quezon City', 'city', '?');

sect('place', 'the gang violence');
p('Soweto', 'Johannesburg', 'location');
p('Rocinha', 'Rio de Janeiro', 'location');
p('Culiacán', 'Sinaloa', 'state');
p('Moss Side', 'Manchester', 'location');
p('the Shankill Road', 'west Belfast', 'location');
p('Sandton', 'Soweto', 'location', 'x');
p('Tijuana', 'San Ysidro', 'location', 'x');
p('the Shankill', 'the Falls Road', 'location', 'x');
p('Itaewon', 'Gangnam', 'location', 'x');
p('Itaewon', 'Seoul', 'city');

sect('place', 'the hometown');
p('Sugar Land', 'Fort Bend County', 'hometown');
p('Bethesda', 'Montgomery County, Md.', 'hometown');
p('Truth or Consequences', 'Sierra County, N.M.', 'hometown');
p('Bemidji', 'Beltrami County', 'hometown');
p('Window Rock', 'the Navajo Nation', 'hometown');
p('Bethel, Alaska', 'the Yukon-Kuskokwim Delta', 'hometown');
p('Cape Girardeau', 'Missouri', 'hometown');
p('Ho Chi Minh City', 'Saigon', 'hometown');
p('Moscow, Idaho', 'Pullman, Wash.', 'hometown', 'x');
p('Pine Ridge', 'Rapid City', 'hometown', 'x');
p('Cape Girardeau', 'Illinois', 'hometown', 'x');
p('Lviv', 'Kyiv', 'hometown', 'x');
p('Katy, Texas', 'Harris County', 'hometown', '?');
p('Surrey', 'England', 'hometown', '?');
p('Fairfax', 'Fairfax County', 'hometown', '?');

sect('place', 'the subway assault');
p('the Times Square subway station', 'the 42nd Street station', 'location');
p('Central Park', 'the Ramble', 'location');
p('the northbound platform', 'the southbound platform', 'location', 'x');

sect('place', 'the derailment');
p("Philadelphia's Frankford Junction", 'Port Richmond', 'location');
p('East Los Angeles', 'Los Angeles', 'city', '?');

export default C;
