import { normalizeTerm } from './normalize';
import { checkSourceUrl } from './source-policy';
import { describeViolation, findSafetyViolations, type SafetyViolation } from './safety-rules';
import { CATEGORIES, MEDICINE_CLASSES, type GlossaryEntry } from './types';

/** A problem with one field of one entry; `toString()` is what the build prints. */
export class GlossaryIssue {
  constructor(
    readonly entry: string,
    readonly field: string,
    readonly message: string,
  ) {}
  toString(): string {
    return `glossary entry "${this.entry}", field "${this.field}": ${this.message}`;
  }
}

/** A class safety rule (safety-rules.ts) that an entry does not meet. */
export class SafetyRuleIssue {
  constructor(readonly violation: SafetyViolation) {}
  toString(): string {
    return describeViolation(this.violation);
  }
}

export class GlossaryError extends Error {
  constructor(readonly issues: readonly (GlossaryIssue | SafetyRuleIssue)[]) {
    super(`The glossary has ${issues.length} problem(s):\n  ${issues.join('\n  ')}`);
    this.name = 'GlossaryError';
  }
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Report = (field: string, message: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkText(value: unknown, field: string, report: Report, optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string') report(field, `must be a string, got ${describe(value)}`);
  else if (value.trim() === '') report(field, 'must not be empty');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function checkUrl(value: unknown, field: string, report: Report): void {
  if (typeof value !== 'string') return report(field, `must be a URL string, got ${describe(value)}`);
  const verdict = checkSourceUrl(value);
  if (!verdict.ok) report(field, verdict.message ?? `is refused: "${value}"`);
}

function checkAlias(value: unknown, field: string, report: Report): string | undefined {
  if (typeof value === 'string') {
    checkText(value, field, report);
    return value;
  }
  if (!isRecord(value)) {
    report(field, `must be a string, { text, caseSensitive: true } or { text, searchOnly: true }, got ${describe(value)}`);
    return undefined;
  }
  checkText(value.text, `${field}.text`, report);
  const keys = Object.keys(value).filter((key) => key !== 'text');
  if ('searchOnly' in value) {
    if (value.searchOnly !== true) report(`${field}.searchOnly`, 'must be true (use a plain string for an alias that is highlighted)');
    // The search ignores case, so a case rule on a search-only alias would promise what nothing enforces.
    if (keys.length > 1) report(field, `a search-only alias has only text and searchOnly, got ${keys.join(', ')}`);
  } else if (value.caseSensitive !== true) {
    report(`${field}.caseSensitive`, 'must be true (use a plain string for a case-insensitive alias)');
  } else if (keys.length > 1) {
    report(field, `a case-sensitive alias has only text and caseSensitive, got ${keys.join(', ')}`);
  }
  return typeof value.text === 'string' ? value.text : undefined;
}

function checkEntryShape(entry: Record<string, unknown>, report: Report, today: string): void {
  if (typeof entry.id !== 'string' || !KEBAB.test(entry.id)) report('id', 'must be a kebab-case string');
  checkText(entry.name, 'name', report);
  checkText(entry.pronunciation, 'pronunciation', report, true);
  if (!CATEGORIES.includes(entry.category as never)) {
    report('category', `must be one of ${CATEGORIES.join(', ')}, got ${JSON.stringify(entry.category)}`);
  }
  checkText(entry.summary, 'summary', report);

  if (!Array.isArray(entry.aliases)) report('aliases', `must be an array, got ${describe(entry.aliases)}`);

  if (!isRecord(entry.sections)) report('sections', `must be an object, got ${describe(entry.sections)}`);
  else {
    for (const key of ['whyInDm', 'howGiven', 'sideEffects'] as const) {
      checkText(entry.sections[key], `sections.${key}`, report, true);
    }
    const questions = entry.sections.questions;
    if (questions !== undefined) {
      if (!Array.isArray(questions)) report('sections.questions', 'must be an array of strings');
      else questions.forEach((q, i) => checkText(q, `sections.questions[${i}]`, report));
    }
    const known = new Set(['whyInDm', 'howGiven', 'sideEffects', 'questions']);
    for (const key of Object.keys(entry.sections)) {
      if (!known.has(key)) report(`sections.${key}`, 'is not a known section');
    }
  }

  if (entry.classes !== undefined) {
    if (!Array.isArray(entry.classes)) report('classes', `must be an array of medicine classes, got ${describe(entry.classes)}`);
    else {
      entry.classes.forEach((c: unknown, i) => {
        if (!MEDICINE_CLASSES.includes(c as never)) report(`classes[${i}]`, `must be one of ${MEDICINE_CLASSES.join(', ')}, got ${JSON.stringify(c)}`);
      });
      if (new Set(entry.classes).size !== entry.classes.length) report('classes', 'lists a class twice');
    }
  }

  if (!Array.isArray(entry.related)) report('related', `must be an array of entry ids, got ${describe(entry.related)}`);

  if (!Array.isArray(entry.sources) || entry.sources.length === 0) {
    report('sources', 'must list at least one source');
  } else {
    entry.sources.forEach((source: unknown, i) => {
      const field = `sources[${i}]`;
      if (!isRecord(source)) return report(field, `must be an object, got ${describe(source)}`);
      checkText(source.publisher, `${field}.publisher`, report);
      checkText(source.title, `${field}.title`, report);
      checkUrl(source.url, `${field}.url`, report);
    });
  }

  if (typeof entry.reviewed !== 'string' || !DATE.test(entry.reviewed) || Number.isNaN(Date.parse(entry.reviewed))) {
    report('reviewed', `must be a date written YYYY-MM-DD, got ${JSON.stringify(entry.reviewed)}`);
  } else if (entry.reviewed > today) {
    report('reviewed', `is in the future (${entry.reviewed})`);
  }
}

/**
 * Every problem in the glossary, not just the first, so one build run shows
 * an author all they need to fix. Takes `unknown` because the point is to
 * catch what the type checker cannot: data edited by hand or generated.
 */
export function findGlossaryIssues(entries: readonly unknown[], today = new Date().toISOString().slice(0, 10)): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();

  entries.forEach((raw, index) => {
    const label = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const report: Report = (field, message) => issues.push(new GlossaryIssue(label, field, message));
    if (!isRecord(raw)) return report('(entry)', `must be an object, got ${describe(raw)}`);

    checkEntryShape(raw, report, today);
    if (typeof raw.id === 'string') {
      if (ids.has(raw.id)) report('id', 'is used by another entry');
      ids.add(raw.id);
    }

    const names: Array<[field: string, text: string | undefined, caseSensitive: boolean]> = [
      ['name', typeof raw.name === 'string' ? raw.name : undefined, false],
    ];
    if (Array.isArray(raw.aliases)) {
      raw.aliases.forEach((alias: unknown, i) =>
        names.push([`aliases[${i}]`, checkAlias(alias, `aliases[${i}]`, report), isRecord(alias) && alias.caseSensitive === true]),
      );
    }
    // Within an entry, two case-sensitive spellings of one abbreviation ("IVIG", "IVIg") are
    // both needed; anything else that folds to the same key is a redundant or conflicting alias.
    const own = new Map<string, { text: string; caseSensitive: boolean }>();
    for (const [field, text, caseSensitive] of names) {
      if (!text) continue;
      const key = normalizeTerm(text);
      const earlier = own.get(key);
      if (earlier) {
        if (!(caseSensitive && earlier.caseSensitive && earlier.text !== text)) {
          report(field, `"${text}" is listed twice in this entry (as "${earlier.text}")`);
        }
        continue;
      }
      own.set(key, { text, caseSensitive });
      const owner = owners.get(key);
      if (owner !== undefined) report(field, `"${text}" already belongs to entry "${owner}"`);
      else owners.set(key, label);
    }
  });

  entries.forEach((raw) => {
    if (!isRecord(raw) || !Array.isArray(raw.related)) return;
    const label = String(raw.id);
    raw.related.forEach((id: unknown, i) => {
      const field = `related[${i}]`;
      if (typeof id !== 'string') issues.push(new GlossaryIssue(label, field, `must be an entry id, got ${describe(id)}`));
      else if (id === raw.id) issues.push(new GlossaryIssue(label, field, 'must not point to the entry itself'));
      else if (!ids.has(id)) issues.push(new GlossaryIssue(label, field, `"${id}" is not the id of any entry`));
    });
  });
  return issues;
}

/**
 * The shape first; then, on a well-formed glossary only (the rules read fields the shape check
 * vouches for), every class safety rule.
 */
export function assertValidGlossary(entries: readonly unknown[]): asserts entries is readonly GlossaryEntry[] {
  const issues = findGlossaryIssues(entries);
  if (issues.length > 0) throw new GlossaryError(issues);
  const violations = findSafetyViolations(entries as readonly GlossaryEntry[]);
  if (violations.length > 0) throw new GlossaryError(violations.map((v) => new SafetyRuleIssue(v)));
}
