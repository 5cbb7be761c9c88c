/**
 * Signatures the reference documents but Microsoft's analyzer (@kusto/language-service-next 12.4.1)
 * lacks, taught to it through its public API (FunctionSymbol/Signature/Parameter constructors and
 * GlobalState.WithFunctions/WithAggregates/WithPlugIns; the GlobalState keeps the last symbol of a
 * name), so the syntax tree is typed and the evaluator runs them as usual. Without them the analyzer
 * answers documented, valid KQL with an error (KS107, KS124, KS134):
 * - count(expr) (summarize-operator page, "Default values of aggregations": `summarize count(x)` names
 *   its column count_x, and "the standard count function includes null values in its count"): the
 *   analyzer binds only count() and a hidden count(predicate: bool).
 * - make_timespan(..., second) (make-timespan-function page): *second* is a `real` ("0 to 59.9999999",
 *   the example passes 55.123); the analyzer declares it an integer.
 * - bag_unpack(column [, prefix] [, columnsConflict] [, ignoredProperties]) (bag-unpack-plugin page):
 *   the analyzer declares only column and prefix.
 * - series_fit_poly(y_series [, x_series, degree]) (series-fit-poly-function page): its examples pass the
 *   degree as a literal 5 or 8 (a long); the analyzer declares an int and rejects them (KS107).
 * - schema_merge([PreserveOrder]) (schema-merge-plugin page): unknown to this analyzer version; its
 *   result is getschema's columns (the page: "output similar to what getschema returns"; the names and
 *   types as Kusto.Language's later PlugIns.cs declares them).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Bridge.NET objects are untyped at this boundary. */
type Bridged = any;

/** A Bridge list (IReadOnlyList: a JS array, or a List with Count/getItem) as an array. */
function items(list: Bridged): Bridged[] {
  if (Array.isArray(list)) return [...list];
  const out: Bridged[] = [];
  for (let i = 0; i < (list?.Count ?? 0); i++) out.push(list.getItem(i));
  return out;
}

/** `K` is Kusto.Language; returns `globals` with the documented signatures added. */
export function withDocumentedSignatures(K: Bridged, globals: Bridged): Bridged {
  const S = K.Symbols;
  const T = S.ScalarTypes;
  const kinds = S.ParameterTypeKind;
  const expression = S.ArgumentKind.Expression;
  // Parameter(name, typeKind, argumentKind, values, examples, isCaseSensitive, defaultValueIndicator, minOccurring, maxOccurring, defaultValue, description)
  const param = (name: string, kind: number, min = 1) => new S.Parameter.ctor(name, kind, expression, null, null, false, null, min, 1, null, null);
  const typed = (name: string, type: Bridged, min = 1, argKind = expression) => new S.Parameter.$ctor3(name, type, argKind, null, null, false, null, min, 1, null, null);
  const signature = (result: Bridged, params: Bridged[]) => new S.Signature.$ctor5(result, params);

  const count = globals.GetAggregate("count");
  const countExpr = new S.FunctionSymbol.$ctor4("count", [...items(count.Signatures), signature(T.Long, [param("expr", kinds.Scalar)])])
    .WithResultNameKind(count.ResultNameKind)
    .WithResultNamePrefix(count.ResultNamePrefix);

  const makeTimespan = globals.GetFunction("make_timespan");
  const realSeconds = new S.FunctionSymbol.$ctor4("make_timespan", [
    signature(T.TimeSpan, [param("days", kinds.Integer), param("hours", kinds.Integer), param("minutes", kinds.Integer), param("seconds", kinds.Number)]),
    signature(T.TimeSpan, [param("hours", kinds.Integer), param("minutes", kinds.Integer), param("seconds", kinds.Number, 0)]),
    // The one-argument form the analyzer binds (the engine refuses it: the page does not list it).
    ...items(makeTimespan.Signatures).filter((s: Bridged) => s.Parameters.Count === 1),
  ])
    .ConstantFoldable()
    .WithResultNameKind(makeTimespan.ResultNameKind);

  // series_fit_poly keeps the analyzer's own result (its tuple of fit columns), with any whole number as the degree.
  const fitPoly = items(globals.GetFunction("series_fit_poly").Signatures)[0];
  const [ySeries, xSeries] = items(fitPoly.Parameters);
  const fitPolyDegree = new S.FunctionSymbol.$ctor4("series_fit_poly", [
    new S.Signature.ctor(fitPoly.CustomReturnType, fitPoly.Tabularity, [ySeries, xSeries, param("degree", kinds.Integer, 0)]),
  ]);

  // bag_unpack keeps the analyzer's own result (the input without the unpacked column, open to the bag's keys).
  const bagUnpack = items(globals.GetPlugIn("bag_unpack").Signatures)[0];
  const bagUnpackAll = new S.FunctionSymbol.$ctor4("bag_unpack", [
    new S.Signature.ctor(bagUnpack.CustomReturnType, bagUnpack.Tabularity, [
      ...items(bagUnpack.Parameters),
      typed("columnsConflict", T.String, 0, S.ArgumentKind.Literal),
      typed("ignoredProperties", T.Dynamic, 0),
    ]),
  ]);

  const schemaColumns = (
    [
      ["ColumnName", T.String],
      ["ColumnOrdinal", T.Int],
      ["DataType", T.String],
      ["ColumnType", T.String],
    ] as const
  ).map(([name, type]) => new S.ColumnSymbol.ctor(name, type, null, null, null, null));
  const schemaMerge = new S.FunctionSymbol.$ctor5("schema_merge", new S.TableSymbol.$ctor3(schemaColumns), [typed("PreserveOrder", T.Bool, 0)]);

  const replacing = (list: Bridged, added: Bridged[]) => [...items(list).filter((f: Bridged) => !added.some((a) => a.Name === f.Name)), ...added];
  return globals
    .WithFunctions(replacing(globals.Functions, [realSeconds, fitPolyDegree]))
    .WithAggregates(replacing(globals.Aggregates, [countExpr]))
    .WithPlugIns(replacing(globals.PlugIns, [bagUnpackAll, schemaMerge]));
}
