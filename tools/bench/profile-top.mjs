#!/usr/bin/env node
// The top entries of a V8 CPU profile (node --cpu-prof, e.g. BENCH_API_NODE_FLAGS="--cpu-prof
// --cpu-prof-dir=/tmp/prof" on a bench): self time per function, and the share of all samples
// spent inside each package (inclusive), for the README's profile table.
//
//   node tools/bench/profile-top.mjs /tmp/prof/CPU.….cpuprofile [top=25]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const hits = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  hits.set(profile.samples[i], (hits.get(profile.samples[i]) ?? 0) + delta);
}
const total = [...hits.values()].reduce((a, b) => a + b, 0);
const where = (frame) => {
  const url = frame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  return (
    pkg ?? (url.includes('dist/apps/api') ? 'app (dist/apps/api)' : url.startsWith('node:') ? url : url || '(native)')
  );
};
const self = new Map();
const selfByPlace = new Map();
const inclusive = new Map();
for (const [id, time] of hits) {
  const frame = byId.get(id).callFrame;
  const key = `${frame.functionName || '(anonymous)'}  ${where(frame)}:${frame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + time);
  selfByPlace.set(where(frame), (selfByPlace.get(where(frame)) ?? 0) + time);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const place = where(byId.get(at).callFrame);
    if (seen.has(place)) continue;
    seen.add(place);
    inclusive.set(place, (inclusive.get(place) ?? 0) + time);
  }
}
const pct = (time) => `${((time / total) * 100).toFixed(1)} %`;
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nself time, top functions:');
for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${pct(time).padStart(7)}  ${key}`);
console.log('\nself time, by package:');
for (const [key, time] of [...selfByPlace].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${pct(time).padStart(7)}  ${key}`);
console.log('\ninclusive, by package:');
for (const [key, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${pct(time).padStart(7)}  ${key}`);
