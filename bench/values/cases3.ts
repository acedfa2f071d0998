import { collector } from './harness';
const { cases: C, p, sect } = collector();

sect('numbers3', 'the shooting');
p('half a dozen', 6, 'number injured'); p('a half-dozen', 6, 'number injured'); p('scores', 40, 'number injured'); p('a couple dozen', 24, 'shots fired');
p('two dozen', 24, 'shots fired'); p('three dozen', 36, 'shots fired'); p('100-plus', 104, 'shots fired'); p('50+', 55, 'shots fired');
p('more than 1,000', '1,200', 'number of people evacuated'); p('nearly 1,000', 980, 'number of people evacuated'); p('about 1,000', '1,040', 'number of people evacuated');
p('a hundred', 100, 'shots fired'); p('thousands', 5000, 'number of attendees'); p('tens of thousands', 20000, 'number of attendees');
p('half a million people', 500000, 'number affected'); p('22,000', 'about 22,000', 'number of attendees'); p('more than 22,000', '22,000', 'number of attendees', '?');
p('58', 'at least 58', 'number killed'); p('58 people', '58 victims', 'number killed'); p('fifty-eight', 58, 'number killed');
p('more than 500', 'about 500', 'number injured', '?'); p('nearly 500', '489', 'number injured'); p('851', 'more than 850', 'number injured');
p('dozens', 'more than 40', 'number injured'); p('at least a dozen', 15, 'number injured'); p('upwards of 30', 32, 'shots fired');
p('1 dead', 'one', 'number killed'); p('one person', 1, 'number killed'); p('1', 'a woman', 'number killed'); p('no one', 'none', 'number killed');
p('zero', 0, 'number killed'); p('0', 'no deaths', 'number killed'); p('no injuries were reported', 0, 'number injured');
p('a 17th victim', 17, 'number of victims', '?'); p('three suspects', 3, 'number of suspects'); p('3 to 4', 4, 'number of suspects');
p('three or four', 3, 'number of suspects'); p('2 or 3', 3, 'number of suspects');

sect('durations3', 'the standoff');
p('more than 10 years', '12 years', 'sentence', 'ok', { subj: 'the suspect' }); p('about 20 minutes', '18 minutes', 'duration'); p('nearly an hour', '55 minutes', 'duration');
p('over an hour', '70 minutes', 'duration'); p('roughly two hours', '1 hour 50 minutes', 'duration'); p('more than two hours', '2.5 hours', 'duration');
p('at least 30 days', '45 days', 'duration'); p('a month', '30 days', 'duration'); p('six weeks', 'a month and a half', 'duration');
p('about 11 minutes', '10 minutes', 'duration'); p('10 minutes', '600 seconds', 'duration'); p('several minutes', '5 minutes', 'duration');
p('two hours', '2 hrs', 'duration'); p('2 1/2 hours', '2.5 hours', 'duration'); p('two and a half hours', '2.5 hours', 'duration');
p('one hour', 'an hour', 'duration'); p('an hour', '60 minutes', 'duration'); p('about an hour', '1 hour', 'duration');
p('15 years to life', '15 years', 'sentence', '?', { subj: 'the suspect' }); p('life', 'life in prison', 'sentence', 'ok', { subj: 'the suspect' });
p('life in prison without parole', 'life without parole', 'sentence', 'ok', { subj: 'the suspect' });
p('death', 'death penalty', 'sentence', 'ok', { subj: 'the suspect' }); p('death sentence', 'sentenced to death', 'sentence', 'ok', { subj: 'the suspect' });
p('10 minutes', 'an hour', 'duration', 'x'); p('10 minutes', '1 hour', 'duration', 'x');

sect('quantity3', 'the earthquake');
p('about 5 miles', '8 km', 'depth'); p('6 miles', '10 kilometers', 'depth'); p('10 km', '6.2 miles', 'depth'); p('shallow', '10 km', 'depth', '?');
p('magnitude 5.0', '5', 'magnitude'); p('5.0', 'M5.0', 'magnitude'); p('magnitude-6.0', '6.0', 'magnitude'); p('6.0', '6', 'magnitude');
p('a 6.0-magnitude', 'magnitude 6', 'magnitude'); p('preliminary magnitude of 6.1', '6.1', 'magnitude'); p('6.1', '6.0', 'magnitude', 'x');
p('5 feet 10 inches', "5'10\"", 'height', 'ok', { subj: 'the suspect' }); p("5-foot-10", '5 ft 10 in', 'height', 'ok', { subj: 'the suspect' });
p('6 feet', '6-foot', 'height', 'ok', { subj: 'the suspect' }); p('about 6 feet tall', "6'1\"", 'height', 'ok', { subj: 'the suspect' });
p('180 pounds', '180 lbs', 'weight', 'ok', { subj: 'the suspect' }); p('about 180 pounds', '175 lbs', 'weight', 'ok', { subj: 'the suspect' });
p('2,000 acres', '800 hectares', 'area', 'ok', { subj: 'the fire' }); p('about 2,000 acres', '2,100 acres', 'area', 'ok', { subj: 'the fire' });
p('10 percent', '10%', 'containment', 'ok', { subj: 'the fire' }); p('about 10%', '12 percent', 'containment', 'ok', { subj: 'the fire' });

sect('time3', 'the shooting');
p('12:15', '12:15 a.m.', 'time'); p('around 12', 'midnight', 'time'); p('12:30', '12:30 a.m.', 'time'); p('at 12:45', '12:45 a.m.', 'time');
p('1:30', '1:30 a.m.', 'time'); p('around 1', '1 a.m.', 'time'); p('12:05', '12:05 p.m.', 'time'); p('about 12:40', '12:40 a.m. Sunday', 'time');
p('12 midnight', 'midnight', 'time'); p('12:01 a.m.', 'just after midnight', 'time'); p('00:30', '12:30 a.m.', 'time'); p('0030', '12:30 a.m.', 'time');
p('just after 12:30 a.m.', '12:34 a.m.', 'time'); p('at 10:42 p.m.', '10:42 pm', 'time'); p('10.42pm', '10:42 p.m.', 'time'); p('10:42 PM CDT', '10:42 p.m.', 'time');
p('2230', '10:30 p.m.', 'time'); p('22:30 local time', '10:30 p.m.', 'time'); p('around 2:30 in the morning', '2:30 a.m.', 'time'); p('2:30 in the afternoon', '2:30 p.m.', 'time');
p('9 in the morning', '9 a.m.', 'time'); p('9 at night', '9 p.m.', 'time'); p('nine p.m.', '9 p.m.', 'time'); p('half past nine', '9:30', 'time');

sect('dates3', 'the shooting', ['2016-06-13']);
p('Sunday', 'June 12', 'date'); p('early Sunday', 'June 12, 2016', 'date'); p('Sunday morning', '6/12/2016', 'date'); p('June 12', '12 June', 'date');
p('2016-06-12', 'Sunday, June 12th', 'date'); p('Sun.', 'June 12', 'date'); p('June 12', 'Jun 12', 'date'); p('this weekend', 'Sunday', 'date');
p('Sunday', 'the weekend', 'date'); p('yesterday', 'Sunday', 'date'); p('on Sunday', 'June 12', 'date'); p('Sunday', '12th June', 'date');
p('Sunday', 'June 11', 'date', 'x'); p('Saturday', 'Sunday', 'date', 'x');
p('Sunday', 'June 12', 'date', 'ok', { pubA: '2016-06-12', pubB: '2016-06-14' });
p('Sunday', 'Sunday', 'date', 'ok', { pubA: '2016-06-12', pubB: '2016-06-13' });
p('early Sunday', 'early Sunday morning', 'date', 'ok', { pubA: '2016-06-12', pubB: '2016-06-13' });
p('Sunday', 'June 12', 'date', 'ok', { pubA: '2016-06-13', pubB: '2016-06-20' });
p('June 12', 'last Sunday', 'date', 'ok', { pubA: '2016-06-13', pubB: '2016-06-17' });
p('Sunday', 'last Sunday', 'date', 'ok', { pubA: '2016-06-13', pubB: '2016-06-17' });
p('June 12', 'one week ago', 'date', 'ok', { pubA: '2016-06-13', pubB: '2016-06-19' });
p('June 12', 'two days ago', 'date', 'ok', { pubA: '2016-06-13', pubB: '2016-06-14' });
p('Sunday', 'the day before', 'date', '?');

sect('hosp-attr', 'the victim');
for (const attr of ['hospital', 'taken to', 'transported to', 'treated at', 'hospitalized at', 'where treated']) {
  p('a local hospital', 'Harborview Medical Center', attr);
  p('Harborview', 'Harborview Medical Center', attr);
  p('St. Joseph Hospital', 'Saint Joseph Hospital', attr);
}
sect('loc-attr', 'the shooting');
for (const attr of ['location', 'where', 'scene', 'address', 'place', 'venue', 'site']) {
  p('the kitchen', 'the home', attr);
  p('Brooklyn', 'New York City', attr);
  p('a nightclub', 'Pulse', attr);
}
export default C;
