/**
 * Every text the server answers a reader with is a key of the English `errors` catalogue (which the
 * catalogue test then proves all six languages have): the messages of the domain errors thrown
 * anywhere in server/, `message(...)` templates, rate-limit and lock-out messages, and the custom
 * messages of the shared zod schemas (read from the source, and from the schemas themselves at run
 * time, so texts built from constants such as `At most ${COMMENT_MAX} characters` are checked as the
 * reader gets them).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { INDICATOR_STATUS_LABELS } from '../../shared/schemas/indicator';
import { FOLLOW_UP_STATUS_NAMES } from '../../shared/schemas/catchUp';
import { MULTER_REASONS } from '../../server/middlewares/upload';

const ROOT = path.resolve(__dirname, '../..');
const KEYS = new Set(Object.keys(CATALOGUES.en.errors));

/** Error classes and the index of their message argument (and of their fields argument, if any). */
const ERROR_CLASSES: Record<string, { text: number; fields?: number; notFound?: boolean }> = {
  DomainError: { text: 1, fields: 2 },
  ValidationError: { text: 0, fields: 1 },
  UnauthenticatedError: { text: 0 },
  ForbiddenError: { text: 0 },
  NotFoundError: { text: 0, notFound: true },
  ConflictError: { text: 0 },
  TooManyRequestsError: { text: 0 },
  UnavailableError: { text: 0 },
  GoneError: { text: 0 },
};
/**
 * Helpers that build a domain error from their argument (`invalid(field, reason)`, `noPreview(text)`),
 * or answer a text in the reader's language (`say(text)`, `localize(language, text)`).
 */
const ERROR_HELPERS: Record<string, number> = { invalid: 1, noPreview: 0, say: 0, localize: 1 };
/** Object properties whose string value is shown to a reader: a limiter's or a lock-out's message. */
const MESSAGE_PROPERTIES = new Set(['locked', 'message']);
/** zod methods whose string argument is a custom message. */
const ZOD_METHODS = new Set([
  'min',
  'max',
  'length',
  'regex',
  'email',
  'url',
  'refine',
  'superRefine',
  'int',
  'positive',
  'nonnegative',
  'gt',
  'gte',
  'lt',
  'lte',
  'nonempty',
  'startsWith',
  'endsWith',
  'includes',
]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

interface Found {
  text: string;
  where: string;
}

/** What an expression says, when it is text fixed in the source (both branches of a `?:`). */
function literalTexts(node: ts.Expression, consts: Map<string, string>): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression, consts);
  if (ts.isConditionalExpression(node)) {
    const a = literalTexts(node.whenTrue, consts);
    const b = literalTexts(node.whenFalse, consts);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(node) && consts.has(node.text)) return [consts.get(node.text)!];
  return null;
}

/** `message('…', …)` calls: their first argument is a template key. */
const isMessageCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'message';

function scan(file: string, zodFile: boolean): { texts: Found[]; dynamic: Found[] } {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const rel = path.relative(ROOT, file);
  const texts: Found[] = [];
  const dynamic: Found[] = [];
  const consts = new Map<string, string>();
  const where = (node: ts.Node) => `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const add = (node: ts.Expression | undefined, transform = (s: string) => s) => {
    if (!node) return;
    const found = literalTexts(node, consts);
    if (found) for (const text of found) texts.push({ text: transform(text), where: where(node) });
    else if (ts.isTemplateExpression(node)) dynamic.push({ text: node.getText(), where: where(node) });
    // Messages built with message() are collected where the call is; other expressions
    // (variables, parameters) are checked where their text is written.
  };
  const addFields = (node: ts.Expression | undefined) => {
    if (node && ts.isObjectLiteralExpression(node))
      for (const p of node.properties) if (ts.isPropertyAssignment(p)) add(p.initializer);
  };

  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) consts.set(node.name.text, node.initializer.text);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ERROR_CLASSES[node.expression.text]) {
      const spec = ERROR_CLASSES[node.expression.text]!;
      const args = node.arguments ?? [];
      add(args[spec.text], spec.notFound ? (what) => `${what} not found` : undefined);
      if (spec.fields !== undefined) addFields(args[spec.fields]);
    }
    // super('code', text, fields) in a DomainError subclass.
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      add(node.arguments[1]);
      addFields(node.arguments[2]);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const index = ERROR_HELPERS[node.expression.text];
      if (index !== undefined) add(node.arguments[index]);
    }
    if (isMessageCall(node)) add(node.arguments[0]);
    // authorize(…, { hide: 'Thread' }) refuses with "Thread not found".
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'hide')
      add(node.initializer, (what) => `${what} not found`);
    // Default texts of the error classes: constructor(message = 'Sign in to continue').
    if (ts.isParameter(node) && node.initializer && ts.isConstructorDeclaration(node.parent)) {
      const cls = node.parent.parent;
      const name = ts.isClassDeclaration(cls) ? cls.name?.text : undefined;
      const extendsDomain = ts.isClassDeclaration(cls)
        ? cls.heritageClauses?.some((h) => h.types.some((t) => /Error$/.test(t.expression.getText())))
        : false;
      const isText = ts.isIdentifier(node.name) && ['message', 'what'].includes(node.name.text);
      if (extendsDomain && isText && ts.isStringLiteral(node.initializer))
        add(node.initializer, name === 'NotFoundError' ? (what) => `${what} not found` : undefined);
    }
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      MESSAGE_PROPERTIES.has(node.name.text) &&
      (zodFile || ts.isStringLiteral(node.initializer) || ts.isConditionalExpression(node.initializer))
    ) {
      // `message:` in server code is a reader's text only in limiter specs and error objects.
      const inLimiter =
        zodFile ||
        node.name.text === 'locked' ||
        (ts.isObjectLiteralExpression(node.parent) &&
          ts.isCallExpression(node.parent.parent) &&
          ts.isIdentifier(node.parent.parent.expression) &&
          node.parent.parent.expression.text === 'limiter');
      if (inLimiter) add(node.initializer);
    }
    if (
      zodFile &&
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ZOD_METHODS.has(node.expression.name.text)
    ) {
      for (const arg of node.arguments) if (ts.isStringLiteral(arg)) add(arg);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { texts, dynamic };
}

const serverFiles = walk(path.join(ROOT, 'server'));
const schemaFiles = fs
  .readdirSync(path.join(ROOT, 'shared/schemas'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(ROOT, 'shared/schemas', f));
const scanned = [...serverFiles.map((f) => scan(f, false)), ...schemaFiles.map((f) => scan(f, true))];
const texts = scanned.flatMap((s) => s.texts);
const dynamic = scanned.flatMap((s) => s.dynamic);

/** Custom messages of every zod schema the shared modules export, as zod gives them to a reader. */
function schemaMessages(): Found[] {
  const out: Found[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const zod = (value as { _zod?: { def?: Record<string, unknown> } })._zod;
    if (!zod?.def) return;
    const def = zod.def;
    if (typeof def.error === 'function') {
      try {
        const text = (def.error as () => unknown)();
        if (typeof text === 'string') out.push({ text, where });
      } catch {
        // An error map that needs the issue: not a fixed message.
      }
    }
    for (const [k, v] of Object.entries(def)) {
      if (k === 'error') continue;
      if (Array.isArray(v)) v.forEach((x) => visit(x, where));
      else if (v && typeof v === 'object') {
        if ((v as { _zod?: unknown })._zod) visit(v, where);
        else if (k === 'shape') Object.values(v as object).forEach((x) => visit(x, where));
      }
    }
    // Getters (object shapes are lazy in zod 4).
    const shape = (value as { shape?: unknown }).shape;
    if (shape && typeof shape === 'object') Object.values(shape).forEach((x) => visit(x, where));
  };
  for (const file of schemaFiles) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) visit(value, `${path.relative(ROOT, file)} ${name}`);
  }
  return out;
}

/** A text that is only placeholders and punctuation ("{{field}}: {{reason}}") needs no translation. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{\s*\w+\s*\}\}/g, ''));

const missing = (found: Found[]) =>
  [
    ...new Map(
      found.filter((f) => hasWords(f.text) && !KEYS.has(f.text)).map((f) => [f.text, f.where]),
    ).entries(),
  ].map(([text, at]) => `${at}: ${text}`);

describe('the errors catalogue', () => {
  it('finds the texts it checks (the scan is not blind)', () => {
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining([
        'Indicator not found',
        'Enter your name',
        'Too many sign-in attempts from this address. Try again later.',
        'Upload refused: {{reason}}',
      ]),
    );
  });

  it('has every message the server and the shared schemas write as a key', () => {
    expect(missing(texts)).toEqual([]);
  });

  it('has every custom message of the shared zod schemas, as zod gives it', () => {
    const found = schemaMessages();
    expect(found.map((f) => f.text)).toEqual(
      expect.arrayContaining(['Use at least 10 characters', 'Messages are at most 10000 characters']),
    );
    expect(missing(found)).toEqual([]);
  });

  it('has the words messages put in their placeholders (statuses, upload refusals)', () => {
    const words = [
      ...['proposed', 'drafting', 'consultation', 'endorsed', 'retired', 'someone'],
      ...Object.values(MULTER_REASONS),
    ];
    expect(words.filter((w) => !KEYS.has(w))).toEqual([]);
  });

  it('has what the catch-up page says changed (features/catchUp/catchUpChanges.ts)', () => {
    const labels = Object.values(INDICATOR_STATUS_LABELS).map((l) => l.toLowerCase());
    const said = [
      ...labels.flatMap((l) => [`Revised; now ${l}`, `Now ${l}`]),
      ...Object.values(FOLLOW_UP_STATUS_NAMES).map((s) => `Follow-up now ${s}`),
      'Added to the library',
      'Meeting recorded',
      'Meeting or its report updated',
      'Term agreed',
      'New messages',
    ];
    expect(said.filter((w) => !KEYS.has(w))).toEqual([]);
  });

  it('keeps variable parts in placeholders, not in template strings', () => {
    // Texts that still build their words with `${…}` in files of other owners (reported to them);
    // everything else uses message('… {{name}} …', { name }).
    const known = [
      'server/features/indicators/indicators.ts',
      'server/features/glossary/glossary.ts',
      'server/app.ts',
      'server/inbound/postEmailReply.ts',
    ];
    expect(dynamic.filter((d) => !known.some((k) => d.where.startsWith(`${k}:`)))).toEqual([]);
  });
});
