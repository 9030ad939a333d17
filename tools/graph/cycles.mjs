// Fails when the Nx project graph has a dependency cycle, and names each one.
// Usage: npx nx graph --file=tmp/graph.json && node tools/graph/cycles.mjs tmp/graph.json
// The module-boundaries lint refuses a cycle only where an import closes it, file by file;
// this reads the whole graph Nx derived (imports and implicit dependencies alike).
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'tmp/graph.json';
const { graph } = JSON.parse(readFileSync(file, 'utf8'));
const edges = new Map(
  Object.entries(graph.dependencies).map(([project, deps]) => [
    project,
    deps.map((dep) => dep.target).filter((target) => target in graph.nodes),
  ]),
);

// Tarjan's strongly connected components: every component of more than one project (or a
// project depending on itself) is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(project) {
  const mine = { index, low: index, onStack: true };
  index += 1;
  state.set(project, mine);
  stack.push(project);
  for (const next of edges.get(project) ?? []) {
    const seen = state.get(next);
    if (!seen) {
      visit(next);
      mine.low = Math.min(mine.low, state.get(next).low);
    } else if (seen.onStack) mine.low = Math.min(mine.low, seen.index);
  }
  if (mine.low !== mine.index) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    state.get(member).onStack = false;
    component.push(member);
  } while (member !== project);
  if (component.length > 1 || (edges.get(project) ?? []).includes(project)) cycles.push(component.sort());
}
for (const project of edges.keys()) if (!state.has(project)) visit(project);

if (cycles.length > 0) {
  for (const cycle of cycles) process.stderr.write(`cycle: ${cycle.join(' <-> ')}\n`);
  process.exit(1);
}
process.stdout.write(`${edges.size} projects, no dependency cycle\n`);
