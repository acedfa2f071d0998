// Held-out set 9: titles, ranks, posts, roles and relationships, written by a helper who saw no code.
import { collector } from './harness';
const { cases: C, p, sect } = collector();

// ---------------------------------------------------------------- police ranks
sect('title', 'the officer who fired');
p('Sgt.', 'sergeant', 'rank');
p("a Harris County sheriff's sergeant", "Sgt., Harris County Sheriff's Office", 'title');
p('Sgt.', 'Lt.', 'rank', 'x');
p('Sergeant', 'Lieutenant', 'Rank', 'x');
p('Lt.', 'lieutenant', 'rank');
p("a Marion County sheriff's lieutenant", "Lt., Marion County Sheriff's Office", 'title');
p("a Marion County sheriff's lieutenant", "Lt., Lake County Sheriff's Office", 'title', 'x');
p('Capt.', 'captain', 'rank');
p('Capt.', 'Maj.', 'rank', 'x');
p('Captain', 'Major', 'Rank', 'x');
p('Det.', 'detective', 'rank');
p('Cpl.', 'corporal', 'rank');
p('Cpl.', 'Sgt.', 'rank', 'x');
p('Ofc.', 'Police Officer', 'Title');
p('Dep.', "sheriff's deputy", 'title');
p('Tpr.', 'a state trooper', 'title');
p('Cmdr.', 'commander', 'rank');
p('Cmdr.', 'Capt.', 'rank', 'x');
p('Maj.', 'major', 'rank');
p('Lt.', 'Lt. Col.', 'rank', 'x');
p('a sergeant with the Dayton Police Department', 'Sgt., Dayton PD', 'title');
p('Sgt., Dayton PD', 'Sgt., Kettering PD', 'title', 'x');
p('a rookie officer', 'Police Officer', 'Title');
p('Officer', 'Ofc. (Probationary)', 'title');
p('Patrol Officer', 'Sgt.', 'Rank', '?');
p('Det. Sgt.', 'detective', 'title');
p('Det. Sgt.', 'Det. Lt.', 'title', 'x');
p('a 14-year veteran sergeant', 'Sgt.', 'rank');
p('Chief Deputy', 'Dep.', 'Title', '?');

// ---------------------------------------------------------------- command posts
sect('title', 'the department head');
p('Police Chief', 'Chief', 'Title');
p('the chief of the Brookhaven Police Department', 'Chief of Police, Brookhaven PD', 'title');
p('Assistant Chief', 'Chief of Police', 'title', 'x');
p('Deputy Chief', 'police chief', 'title', 'x');
p('Sheriff', 'Undersheriff', 'Title', 'x');
p('interim police chief', 'Police Chief', 'Title', '?');
p('Sheriff', 'the elected sheriff of Tolland County', 'title');
p('Sheriff', 'Police Chief', 'Title', 'x');

// ---------------------------------------------------------------- rank vs post held at once
sect('role', 'the arresting deputy');
p('sergeant', 'deputy', 'title');
p('Sgt.', "a Pinellas County sheriff's deputy", 'title');
p('lieutenant', 'officer', 'title');
p('Det.', 'Sgt.', 'rank');
p('Tpr.', 'officer', 'title');
p('state trooper', 'Highway Patrol Officer', 'Title');
p('school resource officer', 'Dep.', 'post');
p('K-9 handler', 'Cpl.', 'role');
p('SWAT team member', 'Sgt.', 'Role');
p('field training officer', 'Ofc.', 'post');
p('a narcotics detective', 'Det., Narcotics Unit', 'title');
p('a homicide detective', 'Det., Robbery Division', 'assignment', 'x');
p('an off-duty officer', 'Police Officer', 'Title');
p('deputy', 'city police officer', 'title', '?');
p("sheriff's deputy", 'state trooper', 'title', 'x');
p('Dep.', 'Tpr.', 'title', 'x');
p('reserve deputy', 'Dep.', 'title', '?');
p('Corrections Officer', 'Dep.', 'Title', '?');
p('detention officer', 'patrol deputy', 'assignment', 'x');
p('FBI special agent', 'Det.', 'title', 'x');
p('a U.S. Marshals task force officer', 'Det., Metro PD', 'title');

sect('post', 'the spokesman');
p('spokesman', 'Lt.', 'title');
p('a police spokesman', 'Public Information Officer', 'role');
p('PIO', 'public information officer', 'title');
p("sheriff's office spokesman", 'Capt.', 'title');
p('Lt.', 'Capt.', 'rank', 'x');
p('department spokesman', 'Media Relations Sgt.', 'Title');
p('police spokesman', "Sheriff's Office Spokesman", 'Title', 'x');
p('spokesman for the district attorney', 'DA Spokesperson', 'Role');
p('spokesman for the district attorney', 'Assistant District Attorney', 'title', '?');

// ---------------------------------------------------------------- military ranks
sect('title', 'the soldier charged');
p('Spc.', 'Specialist', 'rank');
p('Pfc.', 'Private First Class', 'Rank');
p('Spc.', 'Sgt.', 'rank', 'x');
p('Staff Sgt.', 'Master Sgt.', 'rank', 'x');
p('Sgt. First Class', 'sergeant', 'rank', '?');
p('an Army staff sergeant stationed at Fort Calder', 'Staff Sgt., U.S. Army', 'title');
p('Army staff sergeant', 'Staff Sgt., U.S. Marine Corps', 'title', 'x');
p('Lance Cpl.', 'lance corporal', 'rank');
p('2nd Lt.', 'lieutenant', 'rank');
p('Capt.', 'Army captain', 'rank');

// ---------------------------------------------------------------- court posts
sect('title', 'the judge');
p('Circuit Judge', 'judge', 'title');
p('Cook County Circuit Judge', 'Judge, Circuit Court Of Cook County', 'Title');
p('Superior Court Judge', 'Magistrate', 'Title', '?');
p('presiding judge', 'Judge', 'title');
p('federal judge', 'State District Judge', 'title', 'x');

sect('role', 'the lawyer who spoke after the verdict');
p('prosecutor', 'Assistant District Attorney', 'title');
p('prosecutor', 'public defender', 'role', 'x');
p('defense attorney', 'Public Defender', 'Role');
p('special prosecutor', 'prosecutor', 'role');
p('defense attorney', 'the family\'s attorney', 'role', '?');

// ---------------------------------------------------------------- incident roles
sect('role', 'the suspect');
p('suspect', 'alleged gunman', 'role');
p('the shooter', 'Gunman', 'Role');
p('suspect', 'victim', 'role', 'x');
p('the alleged gunman', 'Victim', 'Role', 'x');
p('Suspect', 'person of interest', 'role', '?');
p('driver', 'getaway driver', 'role');
p('the driver of the stolen SUV', 'Passenger', 'Role', 'x');
p('driver', 'passenger', 'role', 'x');
p('accused killer', 'defendant', 'role');
p('defendant', 'Accused', 'Role');
p('the accused', 'witness', 'role', 'x');
p('co-defendant', 'accomplice', 'role', '?');
p('lookout', 'Shooter', 'Role', 'x');
p('one of two gunmen', 'shooter', 'role');
p('gunman', 'Armed Robber', 'Role');
p('carjacker', 'suspect', 'role');
p('fugitive', 'Suspect', 'Role');
p('the suspect', 'informant', 'role', '?');

sect('role', 'Marcus Delane');
p('an innocent bystander struck by a stray bullet', 'Victim', 'Role');
p('bystander', 'victim', 'role', '?');
p('witness', 'bystander', 'role');
p('eyewitness', 'Witness', 'Role');
p('witness', 'victim', 'role', '?');
p('the gunman', 'victim', 'role', 'x');
p('shooting victim', 'Deceased', 'Role');
p('survivor', 'victim', 'role');
p('the intended target', 'bystander', 'role', 'x');
p('Good Samaritan', 'witness', 'role');
p('the homeowner who fired in self-defense', 'Shooter', 'Role');
p('the homeowner who fired in self-defense', 'Intruder', 'Role', 'x');
p('passenger', 'front-seat passenger', 'role');
p('pedestrian', 'Driver', 'Role', 'x');
p('the 911 caller', 'witness', 'role');
p('first responder', 'bystander', 'role', '?');

// ---------------------------------------------------------------- relationships
sect('relation', 'the woman who called 911');
p('aunt', 'cousin', 'relationship_to_victim', 'x');
p('his aunt', 'Maternal Aunt', 'Relationship');
p('mother', 'mom', 'relationship_to_victim');
p('mother', 'grandmother', 'relationship_to_victim', 'x');
p('stepmother', 'mother', 'relationship to the boy', '?');
p('sister', 'half-sister', 'relationship_to_victim');
p('older sister', 'Sister', 'Relationship');
p('older sister', 'younger sister', 'relationship_to_victim', 'x');
p('niece', 'daughter', 'relationship', 'x');

sect('relation', 'Derrick Sloane');
p('stepfather', 'father', 'relationship_to_victim', '?');
p('boyfriend', 'fiancé', 'relationship_to_victim', '?');
p("the girl's father", 'Dad', 'Relationship');
p('uncle', 'Father', 'Relationship', 'x');
p('boyfriend', 'ex-boyfriend', 'relationship_to_victim', '?');
p('husband', 'Spouse', 'Relationship');
p('estranged husband', 'husband', 'relationship_to_victim');
p('estranged husband', 'ex-husband', 'relationship_to_victim', '?');
p('husband', 'brother-in-law', 'relationship_to_victim', 'x');
p('roommate', 'landlord', 'relationship', '?');
p('neighbor', 'next-door neighbor', 'relationship');
p('a longtime friend', 'Friend', 'Relationship');
p('friend', 'stranger', 'relationship_to_victim', 'x');
p('acquaintance', 'friend', 'relationship_to_victim', '?');
p('coworker', 'supervisor', 'relationship', '?');
p('grandson', 'grandchild', 'relationship_to_victim');
p('nephew', 'son', 'relationship_to_victim', 'x');
p('son', 'adopted son', 'relationship_to_victim');
p('cousin', 'Second Cousin', 'Relationship');
p('brother', 'twin brother', 'relationship_to_victim');

sect('relation', 'Angela Ruiz');
p('ex-wife', 'wife', 'relationship_to_defendant', '?');
p('wife', 'Spouse', 'Relationship');
p('girlfriend', 'wife', 'relationship_to_defendant', '?');
p('the mother of his children', 'ex-girlfriend', 'relationship_to_defendant');
p('daughter', 'stepdaughter', 'relationship_to_defendant', '?');
p('former girlfriend', 'ex-girlfriend', 'relationship');
p('sister', 'ex-wife', 'relationship_to_defendant', 'x');

// ---------------------------------------------------------------- occupations
sect('post', 'the victim');
p('bus driver', 'transit worker', 'occupation');
p('nurse', 'teacher', 'occupation', 'x');
p('retired firefighter', 'firefighter', 'occupation', '?');
p("a registered nurse at St. Luke's Hospital", 'Nurse', 'Occupation');
p('nurse', 'nursing assistant', 'occupation', '?');
p('a second-grade teacher', 'Elementary School Teacher', 'her job');
p('teacher', 'substitute teacher', 'occupation');
p('teacher', 'principal', 'occupation', 'x');
p('a delivery driver for a pizza shop', 'Delivery Driver', 'Occupation');
p('Uber driver', 'rideshare driver', 'occupation');
p('truck driver', 'bus driver', 'occupation', 'x');
p('store clerk', 'Cashier', 'Occupation');
p('store clerk', 'store owner', 'occupation', 'x');
p('security guard', 'Bouncer', 'Occupation', '?');
p('paramedic', 'EMT', 'occupation', '?');
p('former Marine', 'Marine veteran', 'background');
p('Army veteran', 'Navy veteran', 'military service', 'x');
p('active-duty soldier', 'Army veteran', 'military service', '?');
p('college student', 'Student', 'Occupation');
p('high school student', 'college student', 'occupation', 'x');
p('correctional officer', 'prison guard', 'his job');
p('mail carrier', 'USPS Letter Carrier', 'Occupation');
p('pastor', 'Reverend', 'title');
p('construction worker', 'Electrician', 'Occupation', '?');
p('attorney', 'Paralegal', 'Occupation', 'x');

export default C;
