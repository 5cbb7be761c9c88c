import { getConfigState } from "./lib/config/runtime";

const state = getConfigState();
if (!state.ok) {
  console.error(state.error);
  process.exit(1);
}
