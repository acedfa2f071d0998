/**
 * crosscheck — check claims from several articles against each other.
 *
 * @packageDocumentation
 */
export { checkConsistency, createChecker } from './check';
export { formatReport, REPORT_FORMATS } from './report/format';
export { ClaimValidationError } from './errors';
export {
  ClaimSchema,
  CheckOptionsSchema,
  SourceSchema,
  AttributeConfigSchema,
  ValueKindSchema,
  VALUE_KINDS,
} from './schema';
export { CONFLICT_CODES, ConsistencyReportSchema, ISSUE_CODES } from './report/schema';
export { toJsonSchema, SCHEMA_NAMES } from './jsonschema';
export { parseDate, compareDates } from './kinds/date';
export { parseTime, compareTimes } from './kinds/time';
export { parseNumber } from './kinds/number';
export { parseQuantity } from './kinds/quantity';
export { parseName, compareNames } from './kinds/name';
export { parsePlace, comparePlaces } from './kinds/place';
export { parseText, compareTexts } from './kinds/text';
export { parseBoolean } from './kinds/boolean';
export { isPlaceholder } from './kinds/placeholders';
export { SAME, COMPATIBLE, SOFT_COMPATIBLE, CONFLICT, SOFT_CONFLICT, INCOMPARABLE, incomparable } from './kinds/registry';

export type { Checker, KindCodes } from './check';
export type { ClaimProblem } from './errors';
export type {
  AttributeConfig,
  CheckOptions,
  ClaimInput,
  ClaimValue,
  SourceInput,
  ValueKind,
} from './schema';
export type {
  AnyReport,
  ClaimGroup,
  Conflict,
  ConflictCode,
  ConflictFields,
  Consensus,
  ConsistencyReport,
  Evidence,
  GroupStatus,
  Issue,
  IssueCode,
  IssueFields,
  IssueSeverity,
  LinkEvidence,
  Position,
  ReportSummary,
  Severity,
  SourceSummary,
} from './report/schema';
export type { FormatOptions, ReportFormat } from './report/format';
export type { SchemaName } from './jsonschema';
export type {
  Comparison,
  CompareContext,
  KindDefinition,
  Lexicon,
  ParseContext,
  ParseNote,
  ParseResult,
  RawScalar,
  Relation,
} from './kinds/registry';
export type { DateValue, DatePart } from './kinds/date';
export type { TimeValue } from './kinds/time';
export type { NumberValue } from './kinds/number';
export type { QuantityValue } from './kinds/quantity';
export type { MeasurementSystem } from './kinds/units';
export type { NameValue } from './kinds/name';
export type { Sex } from './lexicon/given-names';
export type { PlaceValue, PlaceLevel, PlaceRelation } from './kinds/place';
export type { TextValue } from './kinds/text';
export type { BooleanValue } from './kinds/boolean';
