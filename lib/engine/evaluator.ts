/** Walks a query's syntax tree: statements, let bindings, table expressions and the operator pipeline. */
import { topNested } from "./top-nested";
import { parseKv } from "./parse-kv";
import { mvApply } from "./mv-apply";
import { evaluate } from "./evaluate";
import { isVolatileExpression } from "./functions-random";
import { isTickLiteral } from "./datetime-ticks";
import { scan } from "./operators-scan";
import { applyOption } from "./set-options";
import { getschema } from "./operators-getschema";
import { reduce } from "./reduce/operator";
import { declarePattern, patternCall, resolvePattern, type Patterns } from "./patterns";
import { partition } from "./operators-partition";
import { nondeterministic, sample, sampleDistinct } from "./operators-sample";
import type { Value } from "../dataset/columns";
import type { Workspace } from "../dataset/workspace";
import { KqlSemanticError, KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { join, lookup } from "./join";
import { makeSeries } from "./make-series";
import { mvExpand } from "./mv-expand";
import { parseOperator } from "./parse";
import * as ops from "./operators";
import { compileScalar, type QueryContext } from "./scalar";
import { datatable, print, range, scanTable } from "./sources";
import { summarize } from "./summarize";
import { filtersBounds, UNBOUNDED, type TimeBounds } from "./time-pushdown";
import { childOf, columnReferences, listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { withSchema, type ETable } from "./table";
import { search } from "./search";
import { find } from "./find";
import { asName, union } from "./union";
import { userFunction, type UserFunction } from "./user-functions";
import { callTabular, invoke, type TabularLet } from "./user-function-call";
import { searchSources, sourceName } from "./search-sources";
import { graphPipe, isGraphExpr, isGraphPipe } from "./graph";
import { statementResult } from "./statement-result";
import { isTableCall, tableCall } from "./table-function";

export interface RunEnv {
  workspace: Workspace;
  window?: { from: number; to: number };
  asOf: number;
  /** A column Log Analytics hides from this query's results (run-query.ts: billing columns it does not name). */
  hidden?: (name: string) => boolean;
}

export class Evaluator implements QueryContext {
  readonly scalars = new Map<string, Value>();
  readonly volatileLets = new Map<string, KNode>();
  /** Read and restored by a user function's call (user-function-call.ts). */
  readonly tabularLets = new Map<string, TabularLet>();
  readonly functions = new Map<string, UserFunction>();
  private readonly scans = new Map<string, ETable>();
  private readonly views = new Set<string>();
  private readonly patterns: Patterns = new Map();
  /** now()'s value: the run's clock, or `set query_now = ...`. */
  asOf: number;

  constructor(private readonly env: RunEnv) {
    this.asOf = env.asOf;
  }

  get tickDigitRows(): boolean {
    return this.env.workspace.hasTickDigitDatetimes();
  }

  hidden(name: string): boolean {
    return this.env.hidden?.(name) ?? false;
  }

  root?: KNode;

  /** Runs the statements of a QueryBlock and returns the last tabular result. */
  run(root: KNode): ETable {
    this.root = root;
    let result: ETable | undefined;
    for (const stmt of root.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements)) {
      if (stmt.cls === "LetStatement") this.bindLet(stmt);
      else if (stmt.cls === "ExpressionStatement") {
        const expr = nodes(stmt)[0];
        result = expr.type === "table" ? this.evalTabular(expr) : statementResult(expr, this);
      } else if (stmt.cls === "PatternStatement") declarePattern(stmt, this.patterns);
      else if (stmt.cls === "SetOptionStatement") this.asOf = applyOption(stmt, this).now ?? this.asOf;
      else if (stmt.cls !== "Directive" && stmt.cls !== "AliasStatement") unsupported(stmt, `statement ${stmt.cls}`);
    }
    if (!result) throw new KqlUnsupportedError("query without a tabular expression statement");
    return result;
  }

  /** Names a result for the statements that follow (graph-to-table ... as N). */
  bindTable(name: string, table: ETable, at: KNode): void {
    this.tabularLets.set(name, { node: at, value: table });
  }

  /** The expression a `let` bound to a graph (graph operators evaluate it where it is used). */
  graphLet(name: string): KNode | undefined {
    const let_ = this.tabularLets.get(name);
    return let_ && isGraphExpr(let_.node) ? let_.node : undefined;
  }

  userFunction(name: string): UserFunction | undefined {
    return this.functions.get(name);
  }

  bindLet(stmt: KNode): void {
    const [decl, value] = nodes(stmt);
    const name = nameOf(decl);
    if (value.cls === "FunctionDeclaration") {
      const fn = userFunction(name, value);
      if (fn) {
        this.functions.set(name, fn);
        return;
      }
    }
    if (value.cls === "FunctionDeclaration" && value.children.some((c) => c.isToken && c.text?.toLowerCase() === "view")) this.views.add(name);
    const body = value.cls === "FunctionDeclaration" ? this.functionBody(value) : value;
    if (body.type === "table" || isGraphExpr(body)) {
      this.tabularLets.set(name, { node: body, volatile: nondeterministic(body) });
      return;
    }
    // A datetime literal with 100 ns digits is compiled where it is used, like a volatile let: only
    // datetime_part()/datetime_diff() read it (datetime-ticks.ts), any other use is refused there by name.
    if (isVolatileExpression(body) || isTickLiteral(body)) {
      this.volatileLets.set(name, body);
      this.scalars.delete(name);
      return;
    }
    this.volatileLets.delete(name);
    this.scalars.set(name, compileScalar(body, { table: { length: 1, columns: [] }, ctx: this })(0));
  }

  /** `let f = view () { expr }` / `let f = () { expr }`: parameterless functions act like let bindings. */
  private functionBody(decl: KNode): KNode {
    const body = childOf(decl, "FunctionBody");
    const expr = body ? nodes(body).filter((c) => c.cls !== "SyntaxList").pop() : undefined;
    return expr ?? unsupported(decl, "function declaration without a body");
  }

  /** For wildcard union legs (union-wildcard.ts): the workspace's tables and the query's views. */
  tableNames(): string[] {
    return this.env.workspace.tableNames();
  }

  viewNames(): string[] {
    return [...this.views];
  }

  scanTable(name: string, at: KNode): ETable {
    return this.scan(name, at);
  }

  /** For search/find over every view (search-sources.ts) and wildcard union legs (union-wildcard.ts). */
  viewTable(name: string): ETable | undefined {
    return this.letTable(name);
  }

  private scan(name: string, n: KNode, bounds: TimeBounds = UNBOUNDED): ETable {
    const base = this.env.window;
    const from = Math.max(base?.from ?? -Infinity, bounds.from);
    const to = Math.min(base?.to ?? Infinity, bounds.to);
    const window = base || bounds !== UNBOUNDED ? { from, to: Math.max(from, to) } : undefined;
    const key = window ? `${name}\u0000${window.from}\u0000${window.to}` : name;
    const cached = this.scans.get(key);
    if (cached) return cached;
    if (!this.env.workspace.hasTable(name)) throw new KqlSemanticError(`missing table ${name}`, n.pos, "KS204", name);
    const t = scanTable(this.env.workspace.snapshot(name, window), window);
    this.scans.set(key, t);
    return t;
  }

  /**
   * `T | where TimeGenerated > x | where ...` straight on a table: the scan reads only the window the
   * predicates allow (binary search), then every filter runs as usual. Undefined when not that shape.
   */
  private filtersOnTable(n: KNode): ETable | undefined {
    const filters: KNode[] = [];
    let cur = n;
    while (cur.cls === "PipeExpression") {
      const [left, op] = nodes(cur);
      if (op.cls !== "FilterOperator") return undefined;
      filters.push(op);
      cur = left;
    }
    if (cur.cls !== "NameReference" || cur.symbol?.kind !== "Table") return undefined;
    const bounds = filtersBounds(filters.map(ops.filterPredicate), this);
    if (bounds.from === -Infinity && bounds.to === Infinity) return undefined;
    let table = this.scan(nameOf(cur), cur, bounds);
    for (let i = filters.length - 1; i >= 0; i--) table = ops.filter(filters[i], table, this);
    return table;
  }

  /**
   * `X | join kind=innerunique Y on k | where <left columns only>`: Kusto pushes the filter to the
   * left side before it deduplicates the left keys (join-innerunique page: filtering on
   * value == "val1.2" "will never give the first result"), so the kept left row is one that passes.
   */
  private filterBeforeInnerUnique(filterOp: KNode, left: KNode): ETable | undefined {
    if (left.cls !== "PipeExpression") return undefined;
    const [joinLeft, joinOp] = nodes(left);
    if (joinOp.cls !== "JoinOperator") return undefined;
    const kind = (namedParameters(joinOp).get("kind") ?? "innerunique").toLowerCase();
    if (kind !== "innerunique") return undefined;
    const leftNames = new Set((joinLeft.columns ?? []).map((c) => c.name));
    const refs = columnReferences(ops.filterPredicate(filterOp));
    if (refs.length === 0 || !refs.every((r) => leftNames.has(r))) return undefined;
    const filtered = ops.filter(filterOp, this.evalTabular(joinLeft), this);
    return withSchema(join(joinOp, filtered, this), joinOp.columns);
  }

  evalTabular(n: KNode): ETable {
    if (patternCall(n)) return this.evalTabular(resolvePattern(this.patterns, n, (a) => compileScalar(a, { table: { length: 1, columns: [] }, ctx: this })(0)));
    switch (n.cls) {
      case "PipeExpression": {
        const [left, op] = nodes(n);
        const pruned = op.cls === "FilterOperator" ? (this.filtersOnTable(n) ?? this.filterBeforeInnerUnique(op, left)) : undefined;
        if (pruned) return pruned;
        if (isGraphPipe(op)) return graphPipe(n, this);
        if (op.cls === "SearchOperator") return search(op, [{ name: sourceName(left, (v) => this.views.has(v)), table: this.evalTabular(left) }], this);
        if (op.cls === "UnionOperator") return union(op, this.evalTabular(left), this, asName(left));
        return this.apply(op, this.evalTabular(left));
      }
      case "ParenthesizedExpression":
      case "MaterializeExpression":
        return this.evalTabular(nodes(n).find((c) => c.type === "table") ?? nodes(n)[0]);
      case "FunctionCallExpression":
      case "NameReference": {
        const name = n.cls === "FunctionCallExpression" ? (n.symbol?.name ?? "") : nameOf(n);
        const fn = n.symbol?.kind === "Function" ? this.functions.get(name) : undefined;
        if (fn) return callTabular(this, fn, n);
        if (isTableCall(n)) return tableCall(n, this, (t) => (this.env.workspace.hasTable(t) ? this.scan(t, n) : this.letTable(t)));
        // A name bound by `as` (graph-to-table ... as N) is what the analyzer calls a table.
        const bound = n.symbol?.kind !== "Table" || !this.env.workspace.hasTable(name) ? this.letTable(name) : undefined;
        if (bound) return bound;
        if (n.symbol?.kind === "Table") return this.scan(name, n);
        if (name.toLowerCase() === "workspace" || name.toLowerCase() === "database") return unsupported(n, `${name}() without a table`);
        return unsupported(n, n.cls === "FunctionCallExpression" ? `function ${name}()` : `table reference ${name}`);
      }
      case "PathExpression": {
        // workspace("id").Table / database("db").Table: the embedded workspace is every workspace.
        const last = nodes(n)[nodes(n).length - 1];
        if (last.cls === "NameReference") return this.scan(nameOf(last), n);
        return unsupported(n);
      }
      case "DataTableExpression":
        return datatable(n, this);
      case "RangeOperator":
        return range(n, this);
      case "PrintOperator":
        return print(n, this);
      case "UnionOperator":
        return union(n, undefined, this);
      case "SearchOperator":
        return search(n, searchSources(n, this), this);
      case "FindOperator":
        return find(n, searchSources(n, this), this);
    }
    return unsupported(n, n.cls.endsWith("Operator") ? undefined : `tabular expression ${n.cls}`);
  }

  /** A tabular `let` (or parameterless function) by name: volatile ones re-evaluated at each use. */
  private letTable(name: string): ETable | undefined {
    const let_ = this.tabularLets.get(name);
    if (!let_) return undefined;
    if (let_.volatile) return this.evalTabular(let_.node);
    if (!let_.value) let_.value = this.evalTabular(let_.node);
    return let_.value;
  }

  applyChain(n: KNode, input: ETable): ETable {
    if (n.cls === "PipeExpression") {
      const [left, op] = nodes(n);
      return this.apply(op, this.applyChain(left, input));
    }
    if (n.cls === "ParenthesizedExpression" || n.cls === "MvApplySubqueryExpression") return this.applyChain(nodes(n).find((c) => c.type === "table") ?? nodes(n)[0], input);
    if (n.cls.endsWith("Operator")) return this.apply(n, input);
    return this.evalTabular(n);
  }

  private apply(op: KNode, input: ETable): ETable {
    switch (op.cls) {
      case "FilterOperator":
        return ops.filter(op, input, this);
      case "ExtendOperator":
        return ops.extend(op, input, this);
      case "ProjectOperator":
        return ops.project(op, input, this);
      case "ProjectAwayOperator":
      case "ProjectKeepOperator":
      case "ProjectReorderOperator":
        return ops.projectByName(op, input);
      case "ProjectRenameOperator":
        return ops.projectRename(op, input);
      case "SummarizeOperator":
        return summarize(op, input, this);
      case "SortOperator":
        return ops.sort(op, input, this);
      case "TopOperator":
        return ops.top(op, input, this);
      case "TakeOperator":
        return ops.take(op, input, this);
      case "TopNestedOperator":
        return topNested(op, input, this);
      case "CountOperator":
        return ops.count(input);
      case "DistinctOperator":
        return ops.distinct(op, input, this);
      case "SerializeOperator":
        return ops.serialize(op, input, this);
      case "JoinOperator":
        return withSchema(join(op, input, this), op.columns);
      case "UnionOperator":
        return union(op, input, this);
      case "MvExpandOperator":
        return mvExpand(op, input, this);
      case "MakeSeriesOperator":
        return makeSeries(op, input, this);
      case "LookupOperator":
        return lookup(op, input, this);
      case "ParseOperator":
        return parseOperator(op, input, this);
      case "ParseWhereOperator":
        return parseOperator(op, input, this, true);
      case "InvokeOperator":
        return invoke(this, op, nodes(op)[0], input);
      case "AsOperator": {
        // Names the input for later references (`| as T | union T`) and for union withsource.
        const decl = childOf(op, "NameDeclaration");
        if (decl) this.tabularLets.set(nameOf(decl), { node: op, value: input });
        return input;
      }
      case "ProjectByNamesOperator":
        return ops.projectByNames(op, input, this);
      case "ParseKvOperator":
        return parseKv(op, input, this);
      case "MvApplyOperator":
        return mvApply(op, input, this);
      case "EvaluateOperator":
        return evaluate(op, input, this);
      case "ScanOperator":
        return scan(op, input, this);
      case "GetSchemaOperator":
        return getschema(op, input, this);
      case "ReduceByOperator":
        return reduce(op, input, this);
      case "PartitionOperator":
        return partition(op, input, this);
      case "SampleOperator":
        return sample(op, input, this);
      case "SampleDistinctOperator":
        return sampleDistinct(op, input, this);
      case "RenderOperator":
        // A visualization hint: the query API returns the same table.
        return input;
    }
    return unsupported(op);
  }
}
