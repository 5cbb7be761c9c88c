/**
 * User-defined functions with parameters (`let f = (x:long, y:long = 5) { let z = x * 2; z + y }`,
 * tabular `let g = (T:(a:long), n:long) { T | where a > n }`), per the user-defined-functions page:
 * arguments bind by position, missing trailing arguments take their default. A scalar function is
 * inlined into the caller's expression (its arguments may read the caller's row); a tabular one is
 * evaluated with its parameters bound for the duration of the call.
 */
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { callArgs } from "./functions";
import { compileScalar, type Scope } from "./scalar";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import type { Getter } from "./value-ops";

export interface UserParam {
  name: string;
  tabular: boolean;
  def?: KNode;
}

export interface UserFunction {
  name: string;
  params: UserParam[];
  /** let statements of the body, in order. */
  lets: KNode[];
  body: KNode;
  decl: KNode;
}

/** Reads a FunctionDeclaration; undefined for a parameterless body with no statements (a plain let). */
export function userFunction(name: string, decl: KNode): UserFunction | undefined {
  const paramList = childOf(childOf(decl, "FunctionParameters") ?? decl, "SyntaxList");
  const params: UserParam[] = listElements(paramList).map((p) => {
    const nt = nodes(p)[0];
    const nameDecl = nt.cls === "NameAndTypeDeclaration" ? nodes(nt)[0] : nt;
    const def = childOf(p, "DefaultValueDeclaration");
    return { name: nameOf(nameDecl), tabular: nameDecl.type === "table", def: def ? nodes(def)[0] : undefined };
  });
  const body = childOf(decl, "FunctionBody");
  if (!body) return unsupported(decl, "function declaration without a body");
  const lets = body.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements);
  const expr = nodes(body).filter((c) => c.cls !== "SyntaxList").pop();
  if (!expr) return unsupported(body, "empty function body");
  for (const s of lets) if (s.cls !== "LetStatement") unsupported(s, `statement ${s.cls} inside a function body`);
  if (params.length === 0 && lets.length === 0) return undefined;
  return { name, params, lets, body: expr, decl };
}

/**
 * The argument node for each parameter, else its default. A named argument (`f(c=7, a=12)`) binds
 * by name; any other binds by its own position, even after a named one (`checkLength(len=3, input)`
 * on the assert page binds input to the second parameter), as Kusto.Language's binder lays out
 * arguments of a non-repeating signature. Two arguments for one parameter is an error, as there.
 */
export function boundArguments(fn: UserFunction, call: KNode, leading: KNode[] = []): KNode[] {
  const args = [...leading, ...callArgs(call)];
  if (args.length > fn.params.length) return unsupported(call, `${fn.name}() called with ${args.length} arguments; it takes ${fn.params.length}`);
  const bound = new Map<string, KNode>();
  args.forEach((a, k) => {
    const isNamed = a.cls === "SimpleNamedExpression";
    const name = isNamed ? nameOf(nodes(a)[0]) : fn.params[k].name;
    if (!fn.params.some((p) => p.name === name)) throw new KqlRuntimeError(`${fn.name}() has no parameter ${name}`, a.pos);
    if (bound.has(name)) throw new KqlRuntimeError(`${fn.name}() is given parameter ${name} twice`, a.pos);
    bound.set(name, isNamed ? nodes(a)[1] : a);
  });
  return fn.params.map((p) => {
    const a = bound.get(p.name) ?? p.def;
    if (!a) throw new KqlRuntimeError(`${fn.name}() without a value for parameter ${p.name}`, call.pos);
    return a;
  });
}

/** A scalar user function call compiled inline against the caller's scope. */
export function compileUserCall(fn: UserFunction, call: KNode, scope: Scope): Getter {
  if (fn.body.type === "table") return unsupported(call, `tabular function ${fn.name}() used as a scalar`);
  const params = new Map<string, Getter>(scope.params ?? []);
  boundArguments(fn, call).forEach((a, k) => {
    if (fn.params[k].tabular) unsupported(a, "scalar function with a tabular parameter");
    params.set(fn.params[k].name, compileScalar(a, scope));
  });
  const inner: Scope = { ...scope, params };
  for (const s of fn.lets) {
    const [decl, value] = nodes(s);
    if (value.type === "table" || value.cls === "FunctionDeclaration") unsupported(s, "tabular or function let inside a scalar function");
    params.set(nameOf(decl), compileScalar(value, inner));
  }
  return compileScalar(fn.body, inner);
}
