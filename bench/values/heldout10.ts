// Held-out set 10: people's titles, ranks, posts, roles, relationships and occupations, from real articles (LongTailQATask GunViolenceArchive incidents 283783, 482771, 487996, 492985, 541996, 558213, 562315, 595048, 603253, 610379, 613903, 661703, 679290, 727544, 740862, 772730), written by a helper who saw no code.
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ---------------------------------------------------------------- 283783 Eagan, MN
sect('title', 'Desiree Schroepfer');
// 283783 doc1: "said Detective Desiree Schroepfer with the Eagan Police Department"
p('Detective', 'Det.', 'title');
p('Det.', 'Sgt.', 'rank', 'x');

sect('role', 'the 15-year-old brother');
// 283783 doc0: "it had been the 15-year-old who called 911"; doc1: "the 15-year-old pulled the trigger and unintentionally fired at his brother"
p('911 caller', 'shooter', 'role');
p('shooter', 'victim', 'role', 'x');

sect('relation', 'the 15-year-old brother');
// 283783 doc1: "admitted to accidentally shooting his brother, Suhayb Hassan"
p('brother', 'older brother', 'relationship_to_victim');
p('brother', 'cousin', 'relationship_to_victim', 'x');

sect('relation', 'the 11-year-old girl');
// 283783 doc1: "While home alone with their 11-year-old sister"
p('sister', "the boys' sister", 'relationship');

sect('occupation', 'Suhayb Hassan');
// 283783 doc1: "Suhayb Hassan was an 8th grader at Black Hawk Middle School in Eagan."
p('8th grader', 'eighth-grade student', 'occupation');
p('8th grader', '7th grader', 'occupation', 'x');

// ---------------------------------------------------------------- 482771 Washington, D.C.
sect('title', 'Cathy L. Lanier');
// 482771 doc0: "D.C. Police Chief Cathy L. Lanier has ordered temporarily closed"
p('D.C. Police Chief', 'Chief of the Metropolitan Police Department', 'Title');
p('Police Chief', 'Assistant Chief', 'title', 'x');
p('chief of police', 'interim police chief', 'title', '?');

sect('title', 'Andrew Solberg');
// 482771 doc0: "D.C. Police Cmdr. Andrew Solberg said in an interview"; doc1: "a police commander pointed at crime from Tyler House"
p('Cmdr.', 'Commander', 'rank');
p('Cmdr.', 'Capt.', 'rank', 'x');

sect('post', 'Tommy Wells');
// 482771 doc0: "D.C. Council member Tommy Wells (D-Ward 6), who is chairman of the public safety committee"
p('D.C. Council member', 'Councilmember', 'position');
p('Ward 6 council member', 'chairman of the public safety committee', 'position');
p('council member', 'Council Chairman', 'Position', '?');
p('Ward 6 Councilmember', 'at-large council member', 'position', 'x');

sect('occupation', 'H. Lionel Edmonds');
// 482771 doc0: "H. Lionel Edmonds, pastor of the Mount Lebanon Baptist Church on New Jersey Avenue"
p('pastor of Mount Lebanon Baptist Church', 'Baptist minister', 'occupation');
p('pastor', 'deacon', 'occupation', 'x');

sect('role', 'Craig Wilson');
// 482771 doc1: "identified Wilson and Andrew Davon Allen as people of interest"; "issued an arrest warrant for Craig Wilson"; doc2: "charged with assault with intent to kill"
p('shooter', 'defendant', 'role');

sect('relation', 'three of the victims');
// 482771 doc1: "several victims, including three sisters, had just emerged from a mega-nightclub"
p('sisters', 'cousins', 'relationship', 'x');

sect('role', 'Jonique Douglas');
// 482771 doc0: "said Jonique Douglas, 21, who had just come out of a nightclub ... and was standing in front of Tyler House when the bullets came"
p('witness', 'eyewitness', 'role');

// ---------------------------------------------------------------- 487996 Cypress, TX
sect('relation', 'Bryson Hernandez');
// 487996 doc3: "A 4-year-old boy who shot himself at his grandparents' northwest Harris County home"
p('grandson', "the homeowners' grandson", 'Relationship');
p('grandson', 'son', 'relationship to homeowners', 'x');

sect('role', 'Bryson Hernandez');
// 487996 doc1: "A 4-year-old boy who apparently shot himself in the head"
p('victim', 'self-inflicted gunshot victim', 'role in shooting');
p('shooter', 'victim', 'role', '?');

sect('relation', 'the woman who collapsed at the scene');
// 487996 doc0: "the grandmother collapsed to the ground, visibly consumed with emotions"
p('grandmother', 'grandparent', 'relationship');
p('grandmother', 'mother', 'relationship_to_victim', 'x');

sect('post', 'Estella Olguin');
// 487996 doc1: "CPS spokeswoman Estella Olguin said the agency has no prior involvement"
p('CPS spokeswoman', 'spokesperson for Child Protective Services', 'title');
p('CPS spokeswoman', 'caseworker', 'job', 'x');

sect('occupation', 'Greg Davis');
// 487996 doc1: "the 35-year-old store manager and father of two young sons said"
p('store manager', 'manager of a store', 'occupation');

// ---------------------------------------------------------------- 492985 Perris, CA
sect('title', 'Ryan Hoxmeier');
// 492985 doc1: "according to the report from Sgt. Ryan Hoxmeier"; doc2: "a Riverside County sheriff's officials said ... Sgt. Ryan Hoxmeier said"
p('Sgt.', 'sergeant', 'rank');
p("sheriff's sergeant", 'Sergeant', 'Rank');
p('Sgt.', 'Lt.', 'rank', 'x');
p('Perris Police Department', "Riverside County Sheriff's Department", 'employer', '?');

sect('title', 'Investigator Heath');
// 492985 doc0: "contact Investigator Heath from the Perris Police Station"
p('Investigator', 'Detective', 'title', '?');

sect('role', 'the security guard');
// 492985 doc0: "A security guard returned fire at the suspect vehicle as it fled the location."
p('security guard', 'restaurant security guard', 'role');
p('security guard', 'bouncer', 'occupation', '?');
p('security guard', 'off-duty police officer', 'occupation', 'x');

sect('role', 'the fifth person shot');
// 492985 doc1: "did not confirm whether the fifth person was in the suspect vehicle, at the restaurant, or a bystander caught in crossfire"
p('bystander', 'occupant of the suspect vehicle', 'role', 'x');

// ---------------------------------------------------------------- 541996 Kensington, Philadelphia
sect('title', 'Joe Sullivan');
// 541996 doc1: "according to Chief Inspector Joe Sullivan"; "The chief added that preliminary information ..."
p('Chief Inspector', 'Chief Insp.', 'rank');
p('Chief Inspector', 'Inspector', 'rank', 'x');

sect('title', 'Eric Gripp');
// 541996 doc2: "said Sgt. Eric Gripp, police spokesman"
p('Sgt.', 'police spokesman', 'title');
p('Police Sergeant', 'spokesman for the Philadelphia Police Department', 'Title');
p('police spokesman', "district attorney's spokesman", 'position', 'x');

sect('role', 'James Elijah Dickson');
// 541996 doc0: "James Elijah Dickson, 46, is charged with three counts of murder"; doc2: "A 46-year-old man shot and killed his brother and two others"
p('suspect', 'the accused', 'Role');

sect('relation', 'James Elijah Dickson');
// 541996 doc2: "allegedly killed his brother, his brother's girlfriend, and an unrelated third man"
p('brother', "one victim's brother", 'relation to victim');
p('brother', 'father', 'relationship_to_victim', 'x');

sect('relation', 'the woman killed in the Kensington house');
// 541996 doc2: "his brother's girlfriend"
p("brother's girlfriend", "brother's wife", 'relation to suspect', 'x');
p("brother's girlfriend", "brother's fiancée", 'relationship', '?');

sect('relation', 'the third man killed');
// 541996 doc2: "an unrelated third man"
p('unrelated', 'no relation', 'relation to suspect');

sect('role', 'the person who talked the gunman into surrendering');
// 541996 doc2: "coaxed to surrender by a 911 operator he had called"; "the dispatcher kept him on the phone"; doc1: "told a police supervisor on the phone"; "Hostage negotiators eventually stepped in ... and managed to convince the man to surrender"
p('911 operator', 'police dispatcher', 'role');
p('911 dispatcher', 'hostage negotiator', 'role', 'x');

// ---------------------------------------------------------------- 558213 Greenville County, SC
sect('title', 'James Beaver');
// 558213 doc0: "According to Lt. James Beaver with the Greenville County Sheriff's Office"
p('Lt.', 'Lieutenant', 'rank');
p('Lt.', 'Sgt.', 'rank', 'x');

sect('title', 'Drew Pinciaro');
// 558213 doc2: "Master Deputy Drew Pinciaro said the school was evacuated"
p("sheriff's deputy", 'Master Deputy', 'occupation');
p('Master Deputy', 'deputy', 'rank', '?');

sect('post', 'Beth Brotherton');
// 558213 doc2: "Beth Brotherton, a spokesperson for Greenville County Schools"
p('spokesperson for Greenville County Schools', 'school district spokeswoman', 'title');
p('Greenville County Schools spokesperson', "sheriff's office spokesperson", 'title', 'x');

sect('post', 'W. Burke Royster');
// 558213 doc0: "Greenville County School District Superintendent W. Burke Royster says"
p('Superintendent', 'superintendent of Greenville County Schools', 'title');
p('Superintendent', 'Assistant Superintendent', 'title', 'x');

sect('role', 'Braylin Scott');
// 558213 doc0: "the student was in possession of the gun but did not fire it"; "Braylin Scott, 17, was charged with unlawful carrying of a pistol"
p('charged student', 'suspect', 'role');
p('possessed the gun but did not fire it', 'shooter', 'role in shooting', 'x');

sect('occupation', 'Braylin Scott');
// 558213 doc0: "One student will be charged as an adult"
p('student', 'former student', 'occupation', 'x');

sect('post', 'the officer assigned to Southside High');
// 558213 doc0: "to assist the SRO"; doc2: "all of the county's resource officers are sworn law enforcement officers"
p('SRO', 'school resource officer', 'position');
p('school resource officer', 'school security guard', 'position', '?');

// ---------------------------------------------------------------- 562315 Bronx, NY
sect('role', 'Steafon Lewis');
// 562315 doc1: "Steafon Lewis, 19, was taken into custody and charged with manslaughter"
p('shooter', 'the accused', 'role');

sect('relation', 'Steafon Lewis');
// 562315 doc3: "Teen Charged in Shooting Death of Friend"; "That was his buddy."
p('friend', 'buddy', 'relationship_to_victim');
p('friend', 'acquaintance', 'relationship_to_victim', '?');
p('friend', 'brother', 'relationship_to_victim', 'x');

sect('relation', 'Villittha Lewis');
// 562315 doc3: "the man's grandmother told NBC 4 New York"; "'Mama, I hurt him, mama, mama.'"
p('grandmother', "suspect's grandmother", 'relation to suspect');
p('grandmother', 'mother', 'relation to suspect', 'x');

sect('relation', 'Rachel Williams');
// 562315 doc1: "family friend Rachel Williams said"; doc2: "Neighbors said they saw Davis ... Rachel Williams said"
p('family friend', 'friend of the family', 'relationship');

sect('occupation', 'Ackeem Davis');
// 562315 doc1: "was set to graduate high school next month before joining the Army"; doc3: "Davis was just a year away from graduating"
p('high school senior', 'high school junior', 'occupation', 'x');

sect('occupation', "Ackeem Davis's mother");
// 562315 doc1: "Neighbors say his mother is a postal worker"
p('postal worker', 'U.S. Postal Service employee', 'Occupation');
p('postal worker', 'mail carrier', 'occupation', '?');

// ---------------------------------------------------------------- 595048 Pittsburgh, PA
sect('post', 'Sonya Toler');
// 595048 doc0: "said Public Safety Department spokeswoman Sonya Toler"; doc4: "said city Public Safety spokeswoman Sonya Toler"
p('Public Safety Department spokeswoman', 'city Public Safety spokeswoman', 'title');
p('Public Safety spokeswoman', 'police spokeswoman', 'title', '?');

sect('role', 'Kishawn Jackson');
// 595048 doc3: "Police have identified and arrested Kishawn Jackson, 16"; "seeking the identity of a person of interest"; doc5: "Jackson's attorney ... said police charged the wrong teen"
p('suspect', 'accused shooter', 'role');
p('suspect', 'person of interest', 'role', '?');

sect('post', 'Stephie-Anna Ramaley');
// 595048 doc4: "Assistant District Attorney Stephie-Anna Ramaley told Manning"
p('Assistant District Attorney', 'ADA', 'Title');
p('assistant DA', 'prosecutor', 'occupation');
p('Assistant District Attorney', 'District Attorney', 'title', 'x');

sect('post', 'Stephen A. Zappala Jr.');
// 595048 doc5: "prompted outrage from Mayor Bill Peduto and District Attorney Stephen A. Zappala Jr."
p('District Attorney', 'Allegheny County DA', 'title');

sect('post', 'Bill Peduto');
// 595048 doc5: "Mayor Bill Peduto"
p('Mayor', 'mayor of Pittsburgh', 'title');

sect('occupation', 'Casey White');
// 595048 doc5: "Jackson's attorney, Casey White, said police charged the wrong teen"
p("Jackson's attorney", 'defense lawyer', 'occupation');
p('defense attorney', 'public defender', 'occupation', '?');

sect('post', 'Randy C. Martini');
// 595048 doc5: "It was enough for District Judge Randy C. Martini to hold Jackson for trial"
p('District Judge', 'magisterial district judge', 'title');
p('District Judge', 'Common Pleas Judge', 'title', 'x');

sect('role', 'Rich Brannigan');
// 595048 doc5: "Brannigan, 47, testifying during a preliminary hearing Friday"
p('witness', 'prosecution witness', 'Role');

sect('role', 'the girl who was hit');
// 595048 doc5: "A girl, who didn't appear to be associated with either group, dropped immediately"
p('bystander', 'victim', 'role', '?');
p('bystander', 'member of the opposing group', 'role', 'x');

sect('occupation', 'Bob Bauder');
// 595048 doc5: "Bob Bauder is a Tribune-Review staff writer."
p('staff writer', 'reporter', 'occupation');

// ---------------------------------------------------------------- 603253 Steamboat Springs / Stagecoach, CO
sect('title', 'Michael Stiles');
// 603253 doc1: "son of Steamboat Springs Police Department Officer Michael Stiles"; doc2: "Gavin's father and a Steamboat Springs police officer"
p('Ofc.', 'Steamboat Springs police officer', 'rank');
p('police officer', "sheriff's deputy", 'occupation', 'x');
p('Steamboat Springs Police Department', "Routt County Sheriff's Office", 'employer', 'x');

sect('relation', 'Michael Stiles');
// 603253 doc2: "Michael Stiles, Gavin's father"
p('father', "Gavin's dad", 'relationship');

sect('post', 'Cory Christensen');
// 603253 doc0: "Police Chief Cory Christensen said"; doc2: "Steamboat Police Chief Cory Christensen"
p('Police Chief', 'Steamboat Springs chief of police', 'title');
p('Police Chief', 'Sheriff', 'title', 'x');

sect('post', 'Rob Ryg');
// 603253 doc0: "Routt County Coroner Rob Ryg said"
p('Coroner', 'Routt County coroner', 'title');
p('county coroner', 'medical examiner', 'title', '?');

sect('title', 'Ray Birch');
// 603253 doc0: "Undersheriff Ray Birch would not say if the boy was alone"
p('Undersheriff', 'Sheriff', 'title', 'x');

sect('title', 'Garrett Wiggins');
// 603253 doc1: "Sheriff Garrett Wiggins said"
p('Sheriff', 'Routt County Sheriff', 'title');

sect('occupation', 'the man who drove Gavin toward Steamboat');
// 603253 doc0: "he was driven toward Steamboat by his father and a friend"; doc2: "A construction worker, who is a trained emergency medical technician, rushed Gavin and Michael Stiles toward Steamboat"
p('construction worker', 'trained EMT', 'Occupation');
p('friend', 'construction worker', 'role', '?');
p('construction worker', 'Steamboat Springs Fire Rescue paramedic', 'occupation', 'x');

// ---------------------------------------------------------------- 610379 Bastrop, TX
sect('title', 'James Altgelt');
// 610379 doc0: "Bastrop Assistant Police Chief James Altgelt said Sunday"
p('Assistant Police Chief', 'Asst. Chief', 'title');
p('Assistant Police Chief', 'Police Chief', 'title', 'x');

sect('title', 'Vicky Steffanic');
// 610379 doc0: "Bastrop police Detective Vicky Steffanic assured the public"
p('Detective', 'Bastrop police detective', 'Rank');

sect('post', 'Dawn Adams');
// 610379 doc2: "Dawn Adams, spokeswoman for the Bastrop County Sheriff's Office"
p("spokeswoman for the Bastrop County Sheriff's Office", "sheriff's office spokesperson", 'title');
p("Bastrop County Sheriff's Office spokeswoman", 'Bastrop Police Department spokeswoman', 'title', 'x');

sect('role', 'Alejandro Martinez');
// 610379 doc0: "Police identified the dead as Alejandro Martinez, 20"; doc1: "Alejandro Martinez, 20, who witnesses said is the alleged gunman"
p('alleged gunman', 'shooter', 'role');
p('gunman', 'victim', 'role in shooting', '?');

sect('relation', 'Alejandro Martinez');
// 610379 doc0: "Neighbors described three of the victims as a typically happy family: a husband and wife and their young son."
p('husband', "Erica Rodriguez's husband", 'relationship');
p('husband', 'boyfriend', 'relationship', '?');
p('husband', 'brother', 'relationship', 'x');

sect('occupation', 'Paula Nino');
// 610379 doc0: "Nino was identified by some neighbors as a baby sitter"
p('baby sitter', 'babysitter', 'occupation');

sect('relation', 'Paula Nino');
// 610379 doc0: "the child who was hospitalized after the shooting was her daughter"
p('mother', 'aunt', 'relation to injured child', 'x');

// ---------------------------------------------------------------- 613903 Salt Lake City, UT
sect('title', 'Greg Wilking');
// 613903 doc0: "Salt Lake police detective Greg Wilking said"
p('Salt Lake police detective', 'police spokesman', 'title');
p('Salt Lake police detective', "Salt Lake County sheriff's detective", 'title', 'x');

sect('relation', 'Moses Waters');
// 613903 doc2: "shot and killed his 8-year-old son"; "Xavier's mother, who is Waters' wife"; "Waters, who was estranged from his wife and son at the time"
p('father', 'stepfather', 'relationship_to_victim', '?');
p('father', "mother's boyfriend", 'relationship_to_victim', 'x');
p('husband', 'estranged husband', 'relationship to the mother', '?');
p('husband', 'ex-husband', 'relationship to the mother', 'x');

sect('relation', "Xavier's mother");
// 613903 doc0: "The 911 call was made by the boy's mother"; doc2: "Xavier's mother, who is Waters' wife"
p('wife', 'ex-wife', 'relation to shooter', 'x');

sect('occupation', 'Ashley Hoopes');
// 613903 doc2: "social worker Ashley Hoopes, an advocate for children and the homeless"; "one of my favorite kids in The Road Home shelter preschool"
p('social worker', 'advocate for children and the homeless', 'occupation');
p('social worker', 'preschool teacher', 'occupation', '?');

// ---------------------------------------------------------------- 661703 Cascade Mall, Burlington, WA (and doc5, Vancouver, WA)
sect('title', 'Mark Francis');
// 661703 doc2: "Sgt. Mark Francis, a spokesman for the Washington State Patrol"
p('Sgt.', 'WSP spokesman', 'title');
p('Washington State Patrol spokesman', 'Burlington police spokesman', 'title', 'x');

sect('post', 'Ayn Dietrich-Williams');
// 661703 doc2: "FBI spokeswoman Ayn Dietrich-Williams said"
p('FBI spokeswoman', 'Special Agent in Charge', 'title', 'x');

sect('post', 'Jay Inslee');
// 661703 doc2: "Washington Governor Jay Inslee, in a written statement"
p('Washington Governor', 'Gov.', 'title');

sect('occupation', 'Sarai Lara');
// 661703 doc4: "Sarai Lara, a 16-year-old Mount Vernon High School sophomore and cancer survivor"; "She had also just applied for a job at Denny's"
p('sophomore', '10th grader', 'occupation');
p('sophomore', 'junior', 'occupation', 'x');

sect('relation', 'Salvador Lara Jr.');
// 661703 doc4: "said Salvador Lara Jr., Sarai's brother"
p('brother', 'father', 'relationship_to_victim', 'x');

sect('occupation', 'Belinda Galde');
// 661703 doc4: "Authorities say Galde was a probation officer"; "identified Belinda Galde as an employee with the court since 1989"
p('probation officer', 'Snohomish County District Court employee', 'job');
p('probation officer', 'parole officer', 'occupation', '?');
p('probation officer', 'police officer', 'occupation', 'x');

sect('relation', 'Belinda Galde');
// 661703 doc4: "Belinda Galde and Beatrice Dotson, a mother and daughter"
p('mother', 'sister', 'relationship to Beatrice Dotson', 'x');

sect('occupation', 'Shayla Martin');
// 661703 doc4: "Shayla Martin, 52, a Macy's employee"
p("Macy's employee", 'store employee', 'job');
p("Macy's employee", 'shopper', 'role', 'x');

sect('occupation', 'Chuck Eagan');
// 661703 doc4: "Chuck Eagan, a Boeing employee who was just about to retire"; "Eagan made interiors for Boeing airplanes and spent 25 years at the aerospace company"
p('Boeing employee', 'aerospace worker', 'occupation');
p('Boeing employee', 'retired Boeing worker', 'occupation', '?');

sect('relation', 'Pam Eagan');
// 661703 doc4: "Chuck Eagan and his wife began running"; "Pam was able to roll under a table"
p('wife', 'daughter', 'relationship_to_victim', 'x');

sect('post', 'Patrick Robinson');
// 661703 doc5: "Deputy Prosecutor Patrick Robinson said in a Friday interview"
p('Deputy Prosecutor', 'deputy prosecuting attorney', 'title');

sect('role', 'Angelo Paga');
// 661703 doc5: "fled to Paga's vehicle and sped away"; "School video surveillance showed Mantanona was the shooter"; "A co-defendant in the shooting"
p('driver', 'getaway driver', 'Role');
p('co-defendant', 'driver', 'role');
p('driver', 'shooter', 'role in shooting', 'x');

// ---------------------------------------------------------------- 679290 June Jordan School for Equity, San Francisco
sect('post', 'Carlos Manfredi');
// 679290 doc1: "said San Francisco police spokesperson Carlos Manfredi"
p('police spokesperson', 'SFPD spokesman', 'title');
p('SFPD spokesman', 'school district spokesman', 'title', 'x');

sect('post', 'Heidi Anderson');
// 679290 doc1: "San Francisco Unified School District spokesperson Heidi Anderson said"
p('San Francisco Unified School District spokesperson', 'SFUSD spokeswoman', 'title');

sect('post', 'Shamann Walton');
// 679290 doc1: "Shamann Walton, vice president of the Board of Education"
p('vice president of the Board of Education', 'school board vice president', 'position');
p('Board of Education vice president', 'school board member', 'position');
p('vice president of the Board of Education', 'president of the Board of Education', 'position', 'x');

sect('post', 'Stevon Cook');
// 679290 doc1: "Stevon Cook, a candidate for the Board of Education who knows a teacher at June Jordan"
p('school board candidate', 'candidate for the Board of Education', 'position');
p('candidate for the Board of Education', 'Board of Education member', 'position', 'x');

sect('post', 'Jessica Huang');
// 679290 doc3: "said June Jordan Principal Jessica Huang"
p('Principal', 'principal of June Jordan School for Equity', 'title');
p('principal', 'assistant principal', 'title', 'x');

sect('role', 'the four suspects');
// 679290 doc0: "Four male suspects, unaffiliated with the school, approached the campus on foot"; doc1: "one student was being targeted by outsiders"
p('outsiders', 'not students at the school', 'Role');
p('unaffiliated with the school', 'June Jordan students', 'role', 'x');

sect('role', 'the person who made the first call');
// 679290 doc2: "the initial call came in at 3:20 p.m. from a school resource officer"; doc1: "Police received calls from staff at June Jordan School for Equity"
p('school resource officer', 'school staff', 'role', '?');

// ---------------------------------------------------------------- 727544 Brighton Park, Chicago
sect('role', 'Arturo Zizumbo');
// 727544 doc2: "killed 17-year-old Daniel H. Torres as well as Arturo Zizumbo, a 47-year-old bystander"
p('bystander', 'innocent bystander', 'role');
p('bystander', 'intended target', 'role in shooting', 'x');

sect('occupation', 'Andrew Holmes');
// 727544 doc0: "Andrew Holmes, a crisis responder and frequent presence at shooting scenes across the city"
p('crisis responder', 'community activist', 'occupation', '?');
p('crisis responder', 'police officer', 'occupation', 'x');

sect('role', 'Daniel H. Torres');
// 727544 doc0: "One of the 17-year-old boys, identified as Daniel H. Torres ... was shot multiple times"
p('victim', 'homicide victim', 'role');

// ---------------------------------------------------------------- 740862 Lamesa, TX
sect('post', 'Dale Alwan');
// 740862 doc0: "According to Lamesa Police Chief Dale Alwan"
p('Lamesa Police Chief', 'chief of police', 'title');
p('Police Chief', 'Dawson County Sheriff', 'title', 'x');

sect('relation', 'Jennifer Ruiz');
// 740862 doc1: "The child's mother, 29-year-old Jennifer Ruiz, has been arrested"
p('mother', "the child's mother", 'relationship_to_victim');
p('mother', 'grandmother', 'relationship_to_victim', 'x');

sect('role', 'Benny Vela');
// 740862 doc1: "Police say Vela got a 12 gauge shotgun, but dropped it, which caused the gun to discharge, shooting the child"; "charging him with injury to a child"
p('suspect', 'charged with injury to a child', 'role');

// ---------------------------------------------------------------- 772730 Louisville, KY
sect('post', 'Steve Conrad');
// 772730 doc0: "Chief Steve Conrad said"; doc2: "Louisville Police Chief Steve Conrad told WLKY"
p('Chief', 'LMPD Chief', 'title');
p('Louisville Police Chief', 'Chief of Louisville Metro Police', 'title');
p('Police Chief', 'Major', 'rank', 'x');

sect('title', 'Russell Braun');
// 772730 doc0: "LMPD officer Russell Braun was injured"; "Officers Braun and Paige Young shot William Young"
p('Officer', 'LMPD officer', 'title');

sect('role', 'Russell Braun');
// 772730 doc0: "he received a gunshot would to the hand and an impact injury to the chest"; "Officers Braun and Paige Young shot William Young"
p('officer who fired', 'injured officer', 'role');

sect('relation', 'Paige Young');
// 772730 doc0: "Officers Braun and Paige Young shot William Young" (same surname, no relation stated)
p('no relation', 'relative', 'relation to William Young', 'x');

sect('role', 'Randall Richardson');
// 772730 doc0: "Officer Randall Richardson also possibly shot Young."
p('possible shooter', 'officer who fired', 'role', '?');

sect('role', 'William A. Young Jr.');
// 772730 doc0: "William A Young Jr., 32, was shot and killed by officers"; doc2: "Suspect killed in officer-involved shooting identified"
p('suspect', 'man shot by police', 'role');
p('suspect', 'victim', 'role', '?');

sect('relation', 'Carmon Yokeum');
// 772730 doc2: "Carmon Yokeum, the ex-husband of Young's aunt"
p("ex-husband of Young's aunt", 'former uncle by marriage', 'relationship');
p('ex-husband of his aunt', 'uncle', 'relationship', '?');
p('ex-husband of his aunt', 'father', 'relationship', 'x');

sect('occupation', "D'Shawn Johnson");
// 772730 doc1: "D'Shawn Johnson, WAVE 3 News Safety and Security Expert and a former Louisville officer"
p('WAVE 3 News safety and security expert', 'former Louisville police officer', 'occupation');
p('former Louisville officer', 'LMPD officer', 'occupation', 'x');

export default C;

