// The README's example, run by the test suite against the built package.
import { checkConsistency, formatReport } from 'crosscheck';

const report = checkConsistency(
  [
    { source: 'ace', subject: 'the case against Alec Baldwin', attribute: 'dismissal date',
      value: 'Friday, July 12', quote: 'On the memorable Friday, July 12, Judge Mary Marlowe Sommer ruled…' },
    { source: 'bang', subject: "Alec Baldwin's involuntary manslaughter case", attribute: 'date of dismissal',
      value: 'Friday (12.07.24)' },
    { source: 'ace2', subject: "Baldwin's case", attribute: 'dismissed on', value: 'Friday, July 13' },
    { source: 'bang', subject: 'Alec Baldwin', attribute: 'age', value: '66-year-old' },
    { source: 'ace2', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
  ],
  {
    sources: [
      { id: 'ace', name: 'AceShowbiz' },
      { id: 'bang', name: 'Bang Showbiz', publishedAt: '2024-07-13' },
      { id: 'ace2', name: 'AceShowbiz', publishedAt: '2024-07-14' },
    ],
  },
);

console.log(JSON.stringify({ summary: report.summary, conflict: report.conflicts[0], issue: report.issues[0]?.code }, null, 2));
console.log(formatReport(report, 'markdown'));
