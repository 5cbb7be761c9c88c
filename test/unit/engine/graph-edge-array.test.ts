import { describe, expect, it } from "vitest";
import { refusal } from "./refusal";

/**
 * tutorials/your-first-graph (May 2025 to today) and the graph-function page apply array_length() to a
 * variable-length edge; Microsoft's analyzer rejects it (KS234). Before this, the engine passed the
 * analyzer's error on as an invalid query.
 */
describe("a variable-length edge used as an array (tutorials/your-first-graph)", () => {
  const graph = `let employees = datatable(name:string, role:string) ["Alice", "CEO", "Bob", "EM", "Dave", "Dev"];
    let reports = datatable(employee:string, manager:string) ["Bob", "Alice", "Dave", "Bob"];
    reports | make-graph employee --> manager with employees on name`;

  it("refuses array_length() of it by name, whatever the edge is called", () => {
    for (const e of ["reports", "r"]) {
      const q = `${graph} | graph-match (alice)<-[${e}*1..3]-(employee) where alice.name == "Alice" project employee = employee.name, levels = array_length(${e})`;
      expect(refusal(q)).toMatch(new RegExp(`^the variable-length edge ${e}, or one of its properties, as a dynamic array \\(Microsoft's analyzer 12\\.4\\.1 rejects it \\(KS234\\)`));
    }
  });

  it("refuses array_length() of its property array alike, and still runs the property itself", () => {
    const pattern = `${graph} | graph-match (alice)<-[r*1..3]-(employee) where alice.name == "Alice" project employee = employee.name`;
    expect(refusal(`${pattern}, levels = array_length(r.employee)`)).toMatch(/^the variable-length edge r, or one of its properties, as a dynamic array/);
    expect(refusal(`${pattern}, via = r.employee`)).toBe("ran");
  });

  it("leaves KS234 over anything else an analyzer error", () => {
    expect(refusal("print array_length(1)")).toMatch(/^not a refusal: KqlSemanticError KS234/);
  });
});
