#!/usr/bin/env node
// `npm run lint`: every manifest in deploy/kubernetes against the Kubernetes API schemas (the
// kubernetes-models package carries them, so this works offline), plus what our deployment
// relies on: probes on the right routes, a grace period longer than the drain, no secret values.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { parseAllDocuments } from 'yaml';

const directory = resolve(dirname(fileURLToPath(import.meta.url)), '../../deploy/kubernetes');
const problems = [];
const seen = new Map();

/** The kinds we deploy, each with its schema; another kind is refused until it is added here. */
const MODELS = {
  'apps/v1 Deployment': Deployment,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1 Job': Job,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 PersistentVolumeClaim': PersistentVolumeClaim,
  'v1 Secret': Secret,
  'v1 Service': Service,
};

const files = readdirSync(directory).filter((name) => name.endsWith('.yaml'));
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(join(directory, file), 'utf8'))) {
    if (document.errors.length > 0) {
      problems.push(`${file}: ${document.errors.map((error) => error.message).join('; ')}`);
      continue;
    }
    const manifest = document.toJS();
    const where = `${file} (${manifest?.kind ?? 'no kind'} ${manifest?.metadata?.name ?? ''})`;
    if (manifest?.kind === 'Kustomization') {
      for (const resource of manifest.resources ?? [])
        if (!files.includes(resource)) problems.push(`${where}: lists ${resource}, which is not in deploy/kubernetes`);
      continue;
    }
    const Model = MODELS[`${manifest?.apiVersion} ${manifest?.kind}`];
    if (!Model) {
      problems.push(
        `${where}: ${manifest?.apiVersion} ${manifest?.kind} is not a kind tools/ci/check-manifests.mjs knows`,
      );
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (error) {
      problems.push(`${where}: ${error.message}`);
    }
    seen.set(manifest.kind, manifest);
  }
}

const expect = (ok, message) => ok || problems.push(message);
for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job', 'Secret'])
  expect(seen.has(kind), `deploy/kubernetes has no ${kind}`);

const deployment = seen.get('Deployment');
if (deployment) {
  const pod = deployment.spec.template.spec;
  const api = pod.containers[0];
  expect(
    api.readinessProbe?.httpGet?.path === '/api/health',
    'the readiness probe must be /api/health (it checks the database)',
  );
  expect(
    api.livenessProbe?.httpGet?.path === '/api/health/live',
    'the liveness probe must be /api/health/live (it does not)',
  );
  const env = Object.fromEntries((api.env ?? []).map(({ name, value }) => [name, Number(value)]));
  const stopMs = (env.LUMEN_DRAIN_MS ?? 5_000) + (env.LUMEN_SHUTDOWN_TIMEOUT_MS ?? 15_000);
  expect(
    (pod.terminationGracePeriodSeconds ?? 30) * 1000 > stopMs,
    `terminationGracePeriodSeconds must outlast LUMEN_DRAIN_MS + LUMEN_SHUTDOWN_TIMEOUT_MS (${stopMs} ms)`,
  );
  expect(
    api.envFrom?.some((source) => source.secretRef?.name === seen.get('Secret')?.metadata.name),
    'the API must take its configuration from the Secret',
  );
}
const secret = seen.get('Secret');
for (const [key, value] of Object.entries({ ...secret?.data, ...secret?.stringData }))
  expect(value === '', `the Secret's ${key} has a value: secret values are never checked in`);

if (problems.length > 0) {
  process.stderr.write(`deploy/kubernetes:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`deploy/kubernetes: ${files.length} files valid against the Kubernetes schemas\n`);
