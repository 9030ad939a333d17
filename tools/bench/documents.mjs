#!/usr/bin/env node
// Invoice documents benchmark (issue 12): the PDF and the EHF (Peppol BIS 3.0 UBL) of a
// 200-line shipment's invoice, rendered in process many times by @lumen/api/documents
// (its TypeScript, loaded through ts-node --transpile-only). Prints median and p95 per format,
// and p95 as a ratio of its goal; the CPU time per render beside them reads the same on a busy box.
//
//   npm run bench -- documents       (BENCH_LINES=200 BENCH_RUNS=100)
// Goals: PDF ≤ 100 ms, EHF ≤ 20 ms for 200 lines.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { log, printTable, root } from './support.mjs';

const LINES = Number(process.env.BENCH_LINES ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARM_UP = 10;

process.env.TS_NODE_PROJECT = join(root, 'tsconfig.base.json');
const require = createRequire(import.meta.url);
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
require('tsconfig-paths/register');
const { renderInvoicePdf, renderInvoiceUbl } = require(join(root, 'libs/api/documents/src/index.ts'));
const { invoiceFixture } = require(join(root, 'libs/api/documents/src/testing/document-fixtures.ts'));

async function measure(render) {
  for (let i = 0; i < WARM_UP; i++) await render();
  const times = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await render();
    const used = process.cpuUsage(cpuStart);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((used.user + used.system) / 1e3);
  }
  const at = (values, share) =>
    values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)];
  return { median: at(times, 0.5), p95: at(times, 0.95), cpuMedian: at(cpu, 0.5) };
}

const invoice = invoiceFixture(LINES);
const pdf = await renderInvoicePdf(invoice);
const xml = renderInvoiceUbl(invoice);
log(
  `${LINES}-line invoice: PDF ${(pdf.length / 1024).toFixed(0)} KiB, EHF ${(xml.length / 1024).toFixed(0)} KiB; ${RUNS} renders each after ${WARM_UP} to warm up`,
);
const rows = [];
for (const [format, goal, render] of [
  ['invoice PDF', 100, () => renderInvoicePdf(invoice)],
  ['invoice EHF (UBL)', 20, () => renderInvoiceUbl(invoice)],
]) {
  const { median, p95, cpuMedian } = await measure(render);
  rows.push({
    what: `${format}, ${LINES} lines`,
    'median ms': median.toFixed(1),
    'p95 ms': p95.toFixed(1),
    'goal ms': goal,
    'p95 / goal': (p95 / goal).toFixed(2),
    // CPU time of this process: what the render costs when the cores are not shared.
    'CPU ms (median)': cpuMedian.toFixed(1),
  });
}
printTable(rows);
log(`load average ${loadavg()[0].toFixed(1)}: wall-clock figures rise with it, CPU time hardly`);
