import { join } from 'node:path';
import * as ts from 'typescript';

/** A 409 or 422 a handler can answer, by the DomainError factory that makes it. */
export interface ThrownError {
  status: 409 | 422;
  code: string;
}

export interface HandlerErrors {
  /** `ControllerClass.method`, as swagger names the operation (`ControllerClass_method`). */
  handler: string;
  errors: ThrownError[];
}

const ROOT = join(__dirname, '..', '..');
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
const FACTORIES: Record<string, 409 | 422> = { conflict: 409, unprocessable: 422 };

type Unit = ts.SignatureDeclaration;

// The function a call inside `node` belongs to: a method, a function, or an arrow/function
// expression that is a named value (`notEditable: () => …`, `const f = () => …`). Callbacks
// (`transaction(async (m) => …)`) belong to the function that passes them.
function unitOf(node: ts.Node): Unit | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isMethodDeclaration(current) || ts.isFunctionDeclaration(current) || ts.isConstructorDeclaration(current) || ts.isGetAccessor(current)) {
      return current;
    }
    if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && current.parent) {
      const p = current.parent;
      if (ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) return current;
    }
  }
  return undefined;
}

// The function a call expression reaches, when the checker can tell.
function callee(checker: ts.TypeChecker, call: ts.CallExpression): Unit | undefined {
  let symbol = checker.getSymbolAtLocation(call.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isMethodDeclaration(declaration) || ts.isFunctionDeclaration(declaration)) return declaration;
  if ((ts.isPropertyAssignment(declaration) || ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

function decoratorName(decorator: ts.Decorator): string | undefined {
  const expression = decorator.expression;
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) return expression.expression.text;
  if (ts.isIdentifier(expression)) return expression.text;
  return undefined;
}

/**
 * For each HTTP handler of `src/`, the 409s and 422s it can answer: the `DomainError.conflict` and
 * `DomainError.unprocessable` calls reachable from it through the calls the type checker resolves
 * (services, repositories, helpers and the error factories). Calls through an interface or a
 * callback stored elsewhere are not followed; an error caught on the way, or thrown by a promise left
 * to run after the answer, is still counted (callers list such cases with the reason).
 */
export function handlerErrors(): HandlerErrors[] {
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const program = ts.createProgram({
    rootNames: parsed.fileNames.filter((f) => f.includes('/src/') && !f.endsWith('.spec.ts')),
    options: { ...parsed.options, noEmit: true, incremental: false },
  });
  const checker = program.getTypeChecker();

  const direct = new Map<Unit, ThrownError[]>();
  const calls = new Map<Unit, Set<Unit>>();
  const handlers: Array<{ name: string; unit: Unit }> = [];

  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(ROOT, 'src'))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const unit = unitOf(node);
        const expression = node.expression;
        if (
          unit &&
          ts.isPropertyAccessExpression(expression) &&
          ts.isIdentifier(expression.expression) &&
          expression.expression.text === 'DomainError' &&
          expression.name.text in FACTORIES
        ) {
          const first = node.arguments[0];
          const code = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : '(computed code)';
          direct.set(unit, [...(direct.get(unit) ?? []), { status: FACTORIES[expression.name.text], code }]);
        } else if (unit) {
          const target = callee(checker, node);
          if (target && target !== unit) calls.set(unit, (calls.get(unit) ?? new Set()).add(target));
        }
      }
      if (ts.isClassDeclaration(node) && node.name && ts.getDecorators(node)?.some((d) => decoratorName(d) === 'Controller')) {
        for (const member of node.members) {
          if (ts.isMethodDeclaration(member) && ts.getDecorators(member)?.some((d) => HTTP_METHODS.has(decoratorName(d) ?? ''))) {
            handlers.push({ name: `${node.name.text}.${member.name.getText(file)}`, unit: member });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const reachable = (start: Unit): ThrownError[] => {
    const seen = new Set<Unit>();
    const found = new Map<string, ThrownError>();
    const stack = [start];
    while (stack.length) {
      const unit = stack.pop() as Unit;
      if (seen.has(unit)) continue;
      seen.add(unit);
      for (const error of direct.get(unit) ?? []) found.set(`${error.status} ${error.code}`, error);
      for (const next of calls.get(unit) ?? []) stack.push(next);
    }
    return [...found.values()].sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
  };
  return handlers.map(({ name, unit }) => ({ handler: name, errors: reachable(unit) })).sort((a, b) => a.handler.localeCompare(b.handler));
}
