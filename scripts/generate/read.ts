/**
 * Reads Stripe's SDK declarations with the TypeScript compiler API into a small model: endpoints
 * (method, path, params type, result type, list) and the named types they reach. Facts only: names,
 * types, enums, required-ness, nullability; no doc comment of the SDK is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { OBJECT_FILES, type ResourceScope, type Source } from './scope.js';

/** A type, as the generator models it. */
export type Ty =
  | { k: 'string' }
  | { k: 'number' }
  | { k: 'boolean' }
  | { k: 'null' }
  | { k: 'unknown' }
  | { k: 'decimal' }
  | { k: 'literal'; value: string | number | boolean }
  | { k: 'enum'; values: string[] }
  | { k: 'array'; of: Ty }
  | { k: 'record'; of: Ty }
  | { k: 'union'; of: Ty[] }
  | { k: 'object'; props: Prop[] }
  | { k: 'ref'; name: string }
  | { k: 'external' };

/** A property of an object type. */
export interface Prop {
  readonly name: string;
  readonly optional: boolean;
  readonly type: Ty;
}

/** A named declaration of the SDK: an interface or a type alias. */
export interface Named {
  readonly name: string;
  /** Stripe's qualified name (`Issuing.Card.Shipping`), for the generated comment. */
  readonly stripeName: string;
  /** Output group (file), e.g. `issuing-cards`. */
  readonly group: string;
  readonly type: Ty;
}

/** An endpoint of a resource. */
export interface EndpointFact {
  readonly resource: string;
  readonly method: string;
  readonly httpMethod: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly params: string | undefined;
  readonly result: string | undefined;
  readonly list: boolean;
  readonly version: ResourceScope['version'];
  readonly group: string;
}

const ROOT = process.cwd();
const STABLE_DIR = join(ROOT, 'node_modules/stripe/esm');
const PREVIEW_DIR = join(ROOT, 'node_modules/stripe-preview');

interface SourceProgram {
  readonly source: Source;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

function openSource(source: Source, scope: readonly ResourceScope[]): SourceProgram {
  const roots =
    source === 'stable'
      ? [join(STABLE_DIR, 'shared.d.ts'), ...scope.filter((r) => r.source === 'stable').map((r) => join(STABLE_DIR, 'resources', `${r.file}.d.ts`))]
      : [join(PREVIEW_DIR, 'types/index.d.ts')];
  const program = ts.createProgram(roots, options);
  return { source, program, checker: program.getTypeChecker() };
}

/** The SDK file a declaration is in, relative to its resources folder, without extension or `Resource`. */
function fileOf(sp: SourceProgram, node: ts.Node): string {
  const base = sp.source === 'stable' ? join(STABLE_DIR, 'resources') : join(PREVIEW_DIR, 'types');
  let file = relative(base, node.getSourceFile().fileName).replace(/\.d\.ts$/, '');
  if (file.startsWith('..')) file = 'shared';
  return file.replace(/Resource$/, '');
}

/** `Issuing/Cards` → `issuing-cards`. */
export function groupOf(file: string): string {
  return file
    .split('/')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase())
    .join('-');
}

const SKIP_NAMESPACES = new Set(['Stripe']);

/** Stripe's qualified name of a declaration: its namespaces and its own name. */
function qualifiedName(sp: SourceProgram, decl: ts.DeclarationStatement): string[] {
  const parts: string[] = [decl.name?.getText() ?? '?'];
  for (let p: ts.Node | undefined = decl.parent; p; p = p.parent) {
    if (!ts.isModuleDeclaration(p) || !ts.isIdentifier(p.name)) continue;
    // The preview's `declare module 'stripe' { namespace Stripe { … } }` wrapper is no part of the name
    // (a nested `namespace Stripe`, as in `Commercial.Stripe.ChargeCard`, is).
    const wrapper = SKIP_NAMESPACES.has(p.name.text) && ts.isModuleBlock(p.parent) && ts.isModuleDeclaration(p.parent.parent) && ts.isStringLiteral(p.parent.parent.name);
    if (!wrapper) parts.unshift(p.name.text);
  }
  if (sp.source === 'stable') {
    // Stable declarations of an object sit at the top of their file (`Issuing/Cards.d.ts: interface Card`):
    // the folder names the namespace.
    const dirs = fileOf(sp, decl).split('/').slice(0, -1);
    if (dirs.length > 0 && parts[0] !== dirs[0]) {
      // V2/Core/Accounts/Persons.d.ts: `interface Person` is Stripe's V2.Core.Person.
      const ns = dirs[0] === 'V2' ? dirs.slice(0, 2) : dirs;
      parts.unshift(...ns);
    }
  }
  return parts;
}

function isObjectFile(file: string): boolean {
  return OBJECT_FILES.some((re) => re.test(file));
}

/** The model of every endpoint in scope and of every named type they reach. */
export interface Model {
  readonly endpoints: EndpointFact[];
  readonly named: Map<string, Named>;
}

export function readModel(scope: readonly ResourceScope[]): Model {
  const named = new Map<string, Named>();
  const endpoints: EndpointFact[] = [];
  for (const source of ['stable', 'preview'] as const) {
    const resources = scope.filter((r) => r.source === source);
    if (resources.length === 0) continue;
    const sp = openSource(source, scope);
    const reader = new TypeReader(sp, named);
    for (const resource of resources) endpoints.push(...readResource(sp, reader, resource));
    reader.drain();
  }
  return { endpoints, named };
}

class TypeReader {
  private readonly queue: [ts.DeclarationStatement, string][] = [];
  private readonly seen = new Map<ts.Node, string>();
  private readonly owners = new Map<string, ts.Node>();

  constructor(
    private readonly sp: SourceProgram,
    private readonly named: Map<string, Named>,
  ) {}

  /** The generated name of a declaration, queued to be read. */
  nameOf(decl: ts.DeclarationStatement): string {
    const known = this.seen.get(decl);
    if (known) return known;
    const name = qualifiedName(this.sp, decl).join('');
    const owner = this.owners.get(name);
    if (owner && owner !== decl) throw new Error(`generate: two declarations are both named ${name} (${qualifiedName(this.sp, decl).join('.')})`);
    this.owners.set(name, decl);
    this.seen.set(decl, name);
    // The first SDK to name a type defines it (stable before preview).
    if (!this.named.has(name)) this.queue.push([decl, name]);
    return name;
  }

  drain(): void {
    for (let item = this.queue.shift(); item; item = this.queue.shift()) {
      const [decl, name] = item;
      if (this.named.has(name)) continue;
      const type = this.declType(decl);
      this.named.set(name, { name, stripeName: qualifiedName(this.sp, decl).join('.'), group: groupOf(fileOf(this.sp, decl)), type });
    }
  }

  private declType(decl: ts.DeclarationStatement): Ty {
    if (ts.isTypeAliasDeclaration(decl)) return this.node(decl.type);
    if (ts.isInterfaceDeclaration(decl)) return this.interfaceType(decl);
    return { k: 'unknown' };
  }

  private interfaceType(decl: ts.InterfaceDeclaration): Ty {
    const { checker } = this.sp;
    const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(decl.name)!);
    const props: Prop[] = [];
    for (const symbol of checker.getPropertiesOfType(type)) {
      const d = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (!d || !ts.isPropertySignature(d) || !d.type) continue;
      props.push({ name: symbol.name, optional: d.questionToken !== undefined, type: this.node(d.type) });
    }
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index && props.length === 0) {
      const decl = index.declaration;
      return { k: 'record', of: decl?.type ? this.node(decl.type) : { k: 'unknown' } };
    }
    return { k: 'object', props };
  }

  /** Resolves a type reference to the declaration it names (following imports). */
  private resolve(name: ts.EntityName): ts.DeclarationStatement | undefined {
    const { checker } = this.sp;
    let symbol = checker.getSymbolAtLocation(name);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decls = symbol?.declarations ?? [];
    return (decls.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d)) ?? undefined) as ts.DeclarationStatement | undefined;
  }

  node(node: ts.TypeNode): Ty {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { k: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { k: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { k: 'boolean' };
      case ts.SyntaxKind.NullKeyword:
        return { k: 'null' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
      case ts.SyntaxKind.VoidKeyword:
        return { k: 'unknown' };
    }
    if (ts.isParenthesizedTypeNode(node)) return this.node(node.type);
    if (ts.isLiteralTypeNode(node)) {
      const lit = node.literal;
      if (lit.kind === ts.SyntaxKind.NullKeyword) return { k: 'null' };
      if (ts.isStringLiteral(lit)) return { k: 'literal', value: lit.text };
      if (ts.isNumericLiteral(lit)) return { k: 'literal', value: Number(lit.text) };
      if (lit.kind === ts.SyntaxKind.TrueKeyword) return { k: 'literal', value: true };
      if (lit.kind === ts.SyntaxKind.FalseKeyword) return { k: 'literal', value: false };
      if (ts.isPrefixUnaryExpression(lit) && ts.isNumericLiteral(lit.operand)) return { k: 'literal', value: -Number(lit.operand.text) };
    }
    if (ts.isArrayTypeNode(node)) return { k: 'array', of: this.node(node.elementType) };
    if (ts.isUnionTypeNode(node)) return union(node.types.map((t) => this.node(t)));
    if (ts.isTypeLiteralNode(node)) {
      const props: Prop[] = [];
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.type) props.push({ name: m.name.getText().replace(/^['"]|['"]$/g, ''), optional: !!m.questionToken, type: this.node(m.type) });
        if (ts.isIndexSignatureDeclaration(m) && node.members.length === 1) return { k: 'record', of: this.node(m.type) };
      }
      return { k: 'object', props };
    }
    if (ts.isTypeReferenceNode(node)) return this.reference(node);
    if (ts.isIntersectionTypeNode(node)) return { k: 'unknown' };
    throw new Error(`generate: unsupported type ${ts.SyntaxKind[node.kind]} at ${node.getSourceFile().fileName}:${node.getText()}`);
  }

  private reference(node: ts.TypeReferenceNode): Ty {
    const last = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    const args = node.typeArguments ?? [];
    if (last === 'Array' && args[0]) return { k: 'array', of: this.node(args[0]) };
    if (last === 'Record' && args[1]) return { k: 'record', of: this.node(args[1]) };
    if (last === 'Emptyable' && args[0]) return union([this.node(args[0]), { k: 'literal', value: '' }, { k: 'null' }]);
    if (last === 'OtherString') return { k: 'string' };
    // An embedded list (`reversals: ApiList<TransferReversal>`): its items are typed, not `unknown`.
    if (last === 'ApiList' && args[0]) {
      return {
        k: 'object',
        props: [
          { name: 'object', optional: false, type: { k: 'literal', value: 'list' } },
          { name: 'data', optional: false, type: { k: 'array', of: this.node(args[0]) } },
          { name: 'has_more', optional: false, type: { k: 'boolean' } },
          { name: 'url', optional: false, type: { k: 'string' } },
        ],
      };
    }
    // `previous_attributes?: Partial<Account>` of v1 events: any subset of the object's fields.
    if (last === 'Partial' || last === 'Omit' || last === 'Pick') return { k: 'record', of: { k: 'unknown' } };
    if (last === 'Decimal') return { k: 'decimal' };
    const decl = this.resolve(node.typeName);
    if (!decl) return { k: 'unknown' };
    if (ts.isClassDeclaration(decl)) return { k: 'unknown' };
    const file = fileOf(this.sp, decl);
    if (ts.isInterfaceDeclaration(decl) && !isObjectFile(file) && isTopLevelObject(decl)) return { k: 'external' };
    // An object of the preview that the stable SDK already typed (a `BalanceTransaction` of an α object): the
    // two versions' shapes differ, so it is typed by neither (id, `object`, the rest kept).
    if (this.sp.source === 'preview' && ts.isInterfaceDeclaration(decl) && isTopLevelObject(decl) && this.named.has(qualifiedName(this.sp, decl).join(''))) {
      return { k: 'external' };
    }
    return { k: 'ref', name: this.nameOf(decl) };
  }
}

function isTopLevelObject(decl: ts.InterfaceDeclaration): boolean {
  const names = new Set(decl.members.map((m) => m.name?.getText()));
  return names.has('id') && names.has('object');
}

/** A union, flattened, with string literals (and `OtherString`) folded into one closed enum. */
function union(members: Ty[]): Ty {
  const flat: Ty[] = [];
  for (const m of members) flat.push(...(m.k === 'union' ? m.of : [m]));
  const strings = flat.filter((m): m is { k: 'literal'; value: string } => m.k === 'literal' && typeof m.value === 'string' && m.value !== '');
  const hasEmpty = flat.some((m) => m.k === 'literal' && m.value === '');
  const hasOpenString = flat.some((m) => m.k === 'string');
  let rest = flat.filter((m) => !(m.k === 'literal' && typeof m.value === 'string'));
  const out: Ty[] = [];
  if (strings.length > 0) {
    // `'a' | 'b' | OtherString`: Stripe's open enum, closed here (the values this version knows).
    rest = rest.filter((m) => m.k !== 'string');
    out.push(strings.length === 1 && !hasOpenString ? strings[0]! : { k: 'enum', values: [...new Set(strings.map((s) => s.value))] });
  }
  const dedup = new Map<string, Ty>();
  for (const m of rest) dedup.set(JSON.stringify(m), m);
  out.push(...dedup.values());
  if (hasEmpty) out.push({ k: 'literal', value: '' });
  return out.length === 1 ? out[0]! : { k: 'union', of: out };
}

// ---------------------------------------------------------------------------------------------------
// Endpoints: method signatures from the declarations, HTTP method and path from the SDK's code.

interface RawEndpoint {
  readonly httpMethod: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
}

/** `HTTP method + path` of every method of a resource, read from the SDK's JavaScript (as facts). */
function readPaths(sp: SourceProgram, resource: ResourceScope): Map<string, RawEndpoint> {
  const file = sp.source === 'stable' ? join(STABLE_DIR, 'resources', `${resource.file}.js`) : join(PREVIEW_DIR, 'cjs/resources', `${resource.file}.js`);
  if (!existsSync(file)) throw new Error(`generate: ${resource.name}: no ${file}`);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const out = new Map<string, RawEndpoint>();
  const visit = (node: ts.Node, method: string | undefined): void => {
    if (ts.isMethodDeclaration(node) && ts.isIdentifier(node.name)) method = node.name.text;
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) method = node.name.text;
    // preview: `create: stripeMethod({ method: 'POST', fullPath: '/v1/…/{id}' })`, or inside `retrieve(...args) {…}`
    if (method && ts.isCallExpression(node) && node.expression.getText() === 'stripeMethod' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
      const spec = node.arguments[0];
      const get = (key: string): string | undefined => {
        const p = spec.properties.find((q) => q.name?.getText() === key);
        return p && ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer) ? p.initializer.text : undefined;
      };
      const m = get('method');
      const path = get('fullPath');
      if (m && path && !out.has(method)) out.set(method, { httpMethod: m as RawEndpoint['httpMethod'], path });
      return;
    }
    if (method && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === '_makeRequest' && !out.has(method)) {
      const [m, p] = node.arguments;
      if (m && ts.isStringLiteral(m) && p) {
        let path: string | undefined;
        if (ts.isStringLiteral(p) || ts.isNoSubstitutionTemplateLiteral(p)) path = p.text;
        else if (ts.isTemplateExpression(p)) path = p.head.text + p.templateSpans.map((s) => `{id}${s.literal.text}`).join('');
        if (path) out.set(method, { httpMethod: m.text as RawEndpoint['httpMethod'], path });
      }
    }
    ts.forEachChild(node, (child) => visit(child, method));
  };
  visit(sf, undefined);
  return out;
}

/** Names each `{…}` placeholder after the path segment before it: `/v1/accounts/{}/persons/{}` → `{account}`, `{person}`. */
export function namePlaceholders(path: string): string {
  return path.replace(/\/([a-z_]+)\/\{[^}]*\}/g, (_, segment: string) => `/${segment}/{${singular(segment)}}`);
}

function singular(segment: string): string {
  if (segment.endsWith('ies')) return `${segment.slice(0, -3)}y`;
  if (segment.endsWith('ses') && !segment.endsWith('uses')) return segment.slice(0, -1);
  if (segment.endsWith('s')) return segment.slice(0, -1);
  return segment;
}

/** The resource's method declarations in the SDK's declarations (a class in `stable`, an interface in `preview`). */
function resourceMembers(sp: SourceProgram, resource: ResourceScope): ts.MethodSignature[] | ts.MethodDeclaration[] {
  const wanted = sp.source === 'stable' ? join(STABLE_DIR, 'resources', `${resource.file}.d.ts`) : join(PREVIEW_DIR, 'types', `${resource.file}Resource.d.ts`);
  const sf = sp.program.getSourceFile(wanted);
  if (!sf) throw new Error(`generate: ${resource.name}: ${wanted} is not in the program`);
  let found: (ts.MethodSignature | ts.MethodDeclaration)[] | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name?.text.endsWith('Resource')) {
      found = (node.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>).filter(
        (m): m is ts.MethodSignature | ts.MethodDeclaration => ts.isMethodSignature(m) || ts.isMethodDeclaration(m),
      );
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!found) throw new Error(`generate: ${resource.name}: no resource class in ${wanted}`);
  return found as ts.MethodDeclaration[];
}

function readResource(sp: SourceProgram, reader: TypeReader, resource: ResourceScope): EndpointFact[] {
  const paths = readPaths(sp, resource);
  const byName = new Map<string, ts.MethodSignature | ts.MethodDeclaration>();
  for (const m of resourceMembers(sp, resource)) {
    const name = m.name.getText();
    // Overloads: the one that takes params.
    const hasParams = m.parameters.some((p) => p.name.getText() === 'params');
    if (!byName.has(name) || hasParams) byName.set(name, m);
  }
  const out: EndpointFact[] = [];
  for (const [method, decl] of byName) {
    const raw = paths.get(method);
    if (!raw) continue; // helpers of the SDK that are no endpoint
    const paramsNode = decl.parameters.find((p) => p.name.getText() === 'params')?.type;
    let params: string | undefined;
    if (paramsNode && ts.isTypeReferenceNode(paramsNode)) {
      const ty = reader.node(paramsNode);
      if (ty.k === 'ref') params = ty.name;
    }
    let result: string | undefined;
    let list = false;
    let ret = decl.type;
    while (ret && ts.isTypeReferenceNode(ret) && ['Promise', 'Response'].includes(lastName(ret.typeName)) && ret.typeArguments?.[0]) ret = ret.typeArguments[0];
    if (ret && ts.isTypeReferenceNode(ret) && lastName(ret.typeName) === 'ApiListPromise' && ret.typeArguments?.[0]) {
      list = true;
      ret = ret.typeArguments[0];
    }
    if (ret && ts.isTypeReferenceNode(ret) && lastName(ret.typeName) === 'ApiList' && ret.typeArguments?.[0]) {
      list = true;
      ret = ret.typeArguments[0];
    }
    if (ret) {
      const ty = reader.node(ret);
      if (ty.k === 'ref') result = ty.name;
    }
    out.push({
      resource: resource.name,
      method,
      httpMethod: raw.httpMethod,
      path: namePlaceholders(raw.path),
      params,
      result,
      list,
      version: resource.version,
      group: groupOf(resource.file),
    });
  }
  return out;
}

function lastName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : name.right.text;
}
