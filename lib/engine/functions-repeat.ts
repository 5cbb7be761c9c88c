/**
 * repeat(value, count) (repeat-function page): an array of `count` copies of `value`, each in its
 * dynamic form (a datetime as Kusto writes it inside dynamic values); count 0 gives [], a negative
 * count null. Where the page is silent: a null count gives null, as a negative one does (no array
 * can be made); a null value is refused by name (the page lists the value's types, not null);
 * a count beyond 10,000,000 is refused by name rather than exhausting memory.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { unsupported } from "./syntax";
import { dynamicForm, toNumber } from "./value-ops";

const MAX_REPEAT = 10_000_000;

export const REPEAT_FUNCTIONS: Record<string, FnImpl> = {
  repeat: ({ g: [value, count], nodes, call }) => {
    const form = dynamicForm(nodes[0]?.type);
    return (i) => {
      const n = toNumber(count(i));
      if (n === null || n < 0) return null;
      const v = value(i);
      if (v === null) return unsupported(call, "repeat() of a null value (its page does not say what that gives)");
      if (n > MAX_REPEAT) return unsupported(call, `repeat() with a count above ${MAX_REPEAT.toLocaleString("en-US")}`);
      return new Array<Value>(Math.trunc(n)).fill(form(v));
    };
  },
};
