/**
 * scan (scan-operator page, "Scan logic"): the state is one slot per step; slot k, when non-empty,
 * holds an ongoing sequence — its match id and the extended record each of steps 1..k matched.
 * Every input record is tried against the steps from last to first:
 *  - Check 1: slot k-1 non-empty and the condition holds over slot k-1 → slot k-1 moves to slot k
 *    (replacing it), the record, extended by step k's assignments, becomes step k's record there;
 *  - else Check 2: slot k non-empty (or k is the first step) and the condition holds over slot k →
 *    step k's record in slot k is replaced; on an empty first slot a new sequence (match id + 1) begins.
 * A match outputs the extended record unless the step says output=none.
 *
 * Choices where the page is silent (said here, refused where a guess would show):
 *  - `s.Col` of a step the slot does not hold yet reads the declared default (null for input columns);
 *  - a declared column a step does not assign takes its default in that step's record ("If not
 *    assigned, the DefaultValue is returned"), it does not carry over from earlier steps;
 *  - assignments of one step all see the state before that step's match (none sees another's result);
 *  - output=last (its flush point and row order are not pinned down) and a declared column read
 *    without a step name are refused by name;
 *  - a step may assign an input column (the page: "the assignments of s_k are calculated and extend
 *    r", and extend replaces a column of the same name; time_weighted_val_fl's page fills a column
 *    forward so, `_twa_val=iff(isnull(_twa_val), s._twa_val, _twa_val)`): the record then holds the
 *    assigned value, which `s.Col` reads and the output shows in the column's place; a step that does
 *    not assign it keeps the row's own value, and the bare name reads the row's own value.
 */
import type { Value } from "../dataset/columns";
import type { KustoType } from "../telemetry/schemas";
import type { KNode } from "./kusto";
import { columnGetter, compileScalar, type QueryContext } from "./scalar";
import { childOf, listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { reorder } from "./operators";
import { gatherTable, valuesColumn, type ETable } from "./table";
import { convertTo, type Getter } from "./value-ops";

interface Declared {
  name: string;
  type: KustoType;
  initial: Value;
  /** An input column a step assigns (not declared): a step that does not assign it keeps the row's value. */
  input?: Getter;
}

interface Step {
  name: string;
  output: "all" | "none";
  condition: Getter;
  /** Index into `declared` → value, for the declared columns this step assigns. */
  assignments: { at: number; get: Getter }[];
}

/** One step's record in a sequence: the input row and the declared columns' values. */
interface StepRecord {
  row: number;
  declared: Value[];
}

interface Sequence {
  id: number;
  records: (StepRecord | undefined)[];
}

function declarations(op: KNode, ctx: QueryContext): Declared[] {
  const clause = childOf(op, "ScanDeclareClause");
  if (!clause) return [];
  const empty = { table: { length: 1, columns: [] }, ctx };
  return listElements(childOf(clause, "SyntaxList")).map((p) => {
    const decl = nodes(childOf(p, "NameAndTypeDeclaration") ?? p)[0];
    const type = decl.type as KustoType;
    const dflt = childOf(p, "DefaultValueDeclaration");
    const value = dflt ? compileScalar(nodes(dflt)[0], empty)(0) : null;
    const initial = dflt && nodes(dflt)[0].type === type ? value : convertTo(type, value);
    return { name: nameOf(decl), type, initial };
  });
}

/** A declared column read bare (not as Step.Column): the page does not say which value that is. */
function refuseBareDeclared(n: KNode, declared: ReadonlySet<string>): void {
  if (n.isToken || n.cls === "PathExpression") return;
  if (n.cls === "NameReference" && n.symbol?.kind === "Column" && declared.has(nameOf(n))) {
    unsupported(n, `scan: the declared column ${nameOf(n)} read without a step name (write Step.${nameOf(n)})`);
  }
  for (const c of n.children) refuseBareDeclared(c, declared);
}

export function scan(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const declared = declarations(op, ctx);
  const declaredNames = new Set(declared.map((d) => d.name));
  for (const d of declared) if (input.columns.some((c) => c.name === d.name)) unsupported(op, `scan: the declared column ${d.name} is also an input column`);
  const declaredCount = declared.length;
  const stepNodes = childOf(op, "SyntaxList") && op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((s) => s.cls === "ScanStep");
  if (!stepNodes || stepNodes.length === 0) return unsupported(op, "scan without steps");
  const stepIndex = new Map(stepNodes.map((s, k) => [nameOf(childOf(s, "NameDeclaration") ?? s), k]));
  const columnIndex = new Map(input.columns.map((c, k) => [c.name, k]));
  const inputGetters = input.columns.map((c) => columnGetter(input, c.name));
  for (const a of stepNodes.flatMap((s) => listElements(childOf(childOf(s, "ScanComputationClause") ?? s, "SyntaxList")))) {
    const name = nameOf(nodes(a)[0]);
    const c = columnIndex.get(name);
    if (c !== undefined && !declared.some((d) => d.name === name)) declared.push({ name, type: input.columns[c].type, initial: null, input: inputGetters[c] });
  }

  // The state the expressions being evaluated read: set before each condition/assignment call.
  let current: Sequence | undefined;
  const params = new Map<string, Getter>();
  for (const [stepName, k] of stepIndex) {
    for (const [col, c] of columnIndex) {
      const get = inputGetters[c];
      params.set(`${stepName}.${col}`, () => {
        const rec = current?.records[k];
        return rec ? get(rec.row) : null;
      });
    }
    declared.forEach((d, at) => {
      params.set(`${stepName}.${d.name}`, () => {
        const rec = current?.records[k];
        return rec ? rec.declared[at] : d.initial;
      });
    });
  }
  const scope = { table: input, ctx, params };

  const steps: Step[] = stepNodes.map((s) => {
    const outputClause = childOf(s, "ScanStepOutput");
    const outputWord = outputClause ? (outputClause.children.filter((t) => t.isToken).pop()?.text ?? "all").toLowerCase() : "all";
    if (outputWord !== "all" && outputWord !== "none") unsupported(outputClause ?? s, `scan step output=${outputWord}`);
    const exprs = nodes(s).filter((c) => c.cls !== "NameDeclaration" && c.cls !== "ScanStepOutput" && c.cls !== "ScanComputationClause");
    const condNode = exprs[0];
    if (!condNode) return unsupported(s, "scan step without a condition");
    refuseBareDeclared(condNode, declaredNames);
    const computation = childOf(s, "ScanComputationClause");
    const assignments = listElements(childOf(computation ?? s, "SyntaxList")).map((a) => {
      const [target, expr] = nodes(a);
      const at = declared.findIndex((d) => d.name === nameOf(target));
      if (at < 0) unsupported(a, `scan: assignment to ${nameOf(target)}, which the declare clause does not declare`);
      refuseBareDeclared(expr, declaredNames);
      const get = compileScalar(expr, scope);
      const type = declared[at].type;
      return { at, get: expr.type === type ? get : (i: number) => convertTo(type, get(i)) };
    });
    return { name: nameOf(childOf(s, "NameDeclaration") ?? s), output: outputWord, condition: compileScalar(condNode, scope), assignments };
  });

  const state: (Sequence | undefined)[] = steps.map(() => undefined);
  const outRows: number[] = [];
  const outDeclared: Value[][] = declared.map(() => []);
  const outIds: number[] = [];
  let nextId = 0;

  const matches = (step: Step, over: Sequence | undefined, i: number) => {
    current = over;
    return step.condition(i) === true;
  };
  const extended = (step: Step, over: Sequence | undefined, i: number): StepRecord => {
    current = over;
    const values = declared.map((d) => (d.input ? d.input(i) : d.initial));
    const computed = step.assignments.map((a) => a.get(i));
    step.assignments.forEach((a, k) => (values[a.at] = computed[k]));
    return { row: i, declared: values };
  };
  const emit = (step: Step, rec: StepRecord, id: number) => {
    if (step.output === "none") return;
    outRows.push(rec.row);
    rec.declared.forEach((v, k) => outDeclared[k].push(v));
    outIds.push(id);
  };

  for (let i = 0; i < input.length; i++) {
    for (let k = steps.length - 1; k >= 0; k--) {
      const step = steps[k];
      const previous = k > 0 ? state[k - 1] : undefined;
      if (previous && matches(step, previous, i)) {
        const rec = extended(step, previous, i);
        const records = previous.records.slice(0, k);
        records[k] = rec;
        state[k - 1] = undefined;
        state[k] = { id: previous.id, records };
        emit(step, rec, previous.id);
        continue;
      }
      const own = state[k];
      if ((own || k === 0) && matches(step, own, i)) {
        const rec = extended(step, own, i);
        const seq = own ?? { id: nextId++, records: [] };
        seq.records[k] = rec;
        state[k] = seq;
        emit(step, rec, seq.id);
      }
    }
  }
  current = undefined;

  const picked = gatherTable(input, Int32Array.from(outRows));
  const assigned = new Map(declared.slice(declaredCount).map((d, k) => [d.name, valuesColumn(d.name, d.type, outDeclared[declaredCount + k])]));
  const columns = [...picked.columns.map((c) => assigned.get(c.name) ?? c), ...declared.slice(0, declaredCount).map((d, k) => valuesColumn(d.name, d.type, outDeclared[k]))];
  const matchId = namedParameters(op).get("with_match_id");
  if (matchId) columns.push(valuesColumn(matchId, "long", outIds));
  return reorder({ length: outRows.length, columns }, (op.columns ?? []).map((c) => c.name));
}
