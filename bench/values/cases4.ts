import { collector } from './harness';
const { cases: C, p, sect } = collector();

sect('text-negation', 'the victim');
p('non-life-threatening injuries', 'serious injuries', 'injuries'); p('minor injuries', 'non-life-threatening', 'injuries'); p('not life-threatening', 'serious but stable', 'condition');
p('not expected to survive', 'critical condition', 'condition'); p('non-fatal gunshot wound', 'wounded in the leg', 'injuries'); p('not seriously injured', 'minor injuries', 'injuries');
p('was not injured', 'unharmed', 'condition'); p('uninjured', 'not hurt', 'condition'); p('no one else was injured', 'no other injuries', 'injuries', 'ok', { subj: 'the shooting' });
p('not guilty', 'acquitted', 'verdict', 'ok', { subj: 'the trial' }); p('no bond', 'held without bail', 'bond', 'ok', { subj: 'the suspect' });
p('unarmed', 'did not have a weapon', 'armed', 'ok', { subj: 'the suspect' }); p('non-life threatening', 'stable condition', 'condition');
p('injuries not considered life-threatening', 'minor injuries', 'condition'); p('not in critical condition', 'stable', 'condition');
p('gunshot wound to the leg', 'shot in the leg', 'injuries'); p('shot in the abdomen', 'gunshot wound to the stomach', 'injuries'); p('shot multiple times', 'shot several times', 'injuries');
p('a graze wound', 'minor injuries', 'injuries'); p('superficial wounds', 'minor injuries', 'injuries'); p('a non-life-threatening gunshot wound to the arm', 'shot in the arm', 'injuries');
p('unarmed', 'armed with a knife', 'armed', 'x', { subj: 'the suspect' }); p('no weapon', 'a handgun', 'weapon', 'x', { subj: 'the suspect' });
p('life-threatening injuries', 'minor injuries', 'injuries', 'x');

sect('motive-text', 'the shooting');
p('a dispute', 'an argument', 'motive'); p('an argument over a parking space', 'a dispute about parking', 'motive'); p('gang-related', 'gang violence', 'motive');
p('domestic dispute', 'domestic violence', 'motive'); p('robbery', 'an attempted robbery', 'motive', '?'); p('road rage', 'a traffic dispute', 'motive');
p('unknown', 'under investigation', 'motive'); p('not known', 'unclear', 'motive'); p('no motive was given', 'not yet known', 'motive');
p('not terrorism-related', 'no known link to terrorism', 'motive'); p('terrorism', 'an act of terror', 'motive');

sect('lists4', 'the shooting');
p(['Mike Brown', 'Tom Jones'], ['Michael Brown', 'Thomas Jones'], 'victims');
p(['John Smith, 34', 'Mary Jones, 29'], ['John Smith', 'Mary Jones'], 'victims');
p(['Officer John Smith', 'Sgt. Mary Jones'], ['John Smith', 'Mary Jones'], 'officers');
p(['Chicago', 'Gary, Ind.'], ['Chicago', 'Gary, Indiana'], 'cities');
p(['handgun'], ['9mm pistol'], 'weapons');
p(['Brooklyn', 'Queens'], ['New York City'], 'locations');
p('Smith and Jones', 'John Smith and Mary Jones', 'victims');
p(['murder', 'attempted murder'], ['first-degree murder', 'two counts of attempted murder'], 'charges', 'ok', { subj: 'the suspect' });
p(['Grady Memorial Hospital', 'a local hospital'], ['Grady', 'Emory'], 'hospitals');

sect('names4', 'the victim');
p('Smith', 'Smith, 34', 'name'); p('John', 'John Smith', 'name'); p('Mr. John Smith', 'John Smith', 'name'); p('Mrs. Mary Smith', 'Mary Smith', 'name');
p('Mary Smith', 'Mary Jones-Smith', 'name'); p('Mary Smith (née Jones)', 'Mary Smith', 'name'); p('Mary Jones Smith', 'Mary Smith', 'name');
p('John Smith, also known as "Smitty"', 'John Smith', 'name'); p('Smitty', 'John "Smitty" Smith', 'name');
p('L.J. Smith', 'Lamar Smith', 'name'); p('LJ Smith', 'Lamar Jerome Smith', 'name'); p('T.J. Jones', 'Thomas Jones', 'name');
p('Abu Bakr al-Baghdadi', 'al-Baghdadi', 'name'); p('al-Baghdadi', 'Baghdadi', 'name'); p('Hasan', 'Nidal Hasan', 'name'); p('Maj. Nidal Malik Hasan', 'Nidal Hasan', 'name');
p('Nidal M. Hasan', 'Nidal Malik Hasan', 'name'); p('Seung-Hui Cho', 'Cho Seung-Hui', 'name'); p('Cho Seung-Hui', 'Seung Hui Cho', 'name');
p('Juan Carlos Ramirez', 'Juan Ramirez', 'name'); p('Juan Ramirez Garcia', 'Juan Ramirez', 'name'); p('Juan Ramírez', 'Juan Ramirez', 'name');
p('McDonald', 'MacDonald', 'name', '?'); p('DeAndre Jones', 'De\'Andre Jones', 'name'); p('D\'Angelo Smith', 'Dangelo Smith', 'name');
p('Jane Doe', 'an unidentified woman', 'name'); p('unidentified', 'John Smith', 'name'); p('not released', 'John Smith', 'name');

export default C;
