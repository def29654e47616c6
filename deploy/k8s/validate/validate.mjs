// Validates every object in deploy/k8s/*.yaml against the Kubernetes API's own schemas (the OpenAPI
// definitions compiled into npm's kubernetes-models), then checks what a schema cannot: that the probes
// call the health endpoints the app serves, on a port the container declares, and that the Services
// select the StatefulSet's pods. Exits 1 with every problem listed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const objects = [];

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
    if (doc.errors.length) {
      problems.push(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    const object = doc.toJS();
    if (object) objects.push({ file, object });
  }
}

for (const { file, object } of objects) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [null, object.apiVersion];
  const path = `kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`;
  let Model;
  try {
    Model = (await import(path))[object.kind];
  } catch (e) {
    problems.push(`${file}: no schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push(`${file}: ${object.kind} ${object.metadata?.name}: ${e.message}`);
  }
}

const sets = objects.filter(({ object }) => object.kind === 'StatefulSet').map(({ object }) => object);
if (sets.length === 0) problems.push('no StatefulSet for the stream processors');
for (const set of sets) {
  const labels = set.spec.template.metadata.labels;
  for (const container of set.spec.template.spec.containers) {
    const ports = new Set((container.ports || []).map((p) => p.name));
    for (const [probe, path] of [['livenessProbe', '/health/live'], ['readinessProbe', '/health/ready']]) {
      const get = container[probe]?.httpGet;
      if (!get) problems.push(`${set.metadata.name}: ${container.name} has no ${probe}`);
      else if (get.path !== path) problems.push(`${set.metadata.name}: ${probe} calls ${get.path}, not ${path}`);
      else if (!ports.has(get.port)) problems.push(`${set.metadata.name}: ${probe} uses port ${get.port}, which the container does not declare`);
    }
    const mounts = new Set((container.volumeMounts || []).map((m) => m.name));
    for (const claim of set.spec.volumeClaimTemplates || []) {
      if (!mounts.has(claim.metadata.name)) problems.push(`${set.metadata.name}: volume ${claim.metadata.name} is never mounted`);
    }
    const stateDir = container.args?.[container.args.indexOf('--state-dir') + 1];
    if (!(container.volumeMounts || []).some((m) => stateDir && stateDir.startsWith(m.mountPath))) {
      problems.push(`${set.metadata.name}: the state directory ${stateDir} is not on a persistent volume`);
    }
  }
  if (!objects.some(({ object }) => object.kind === 'Service' && object.metadata.name === set.spec.serviceName)) {
    problems.push(`${set.metadata.name}: serviceName ${set.spec.serviceName} names no Service`);
  }
  for (const { object } of objects.filter(({ object }) => object.kind === 'Service')) {
    const selector = object.spec.selector || {};
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) {
      problems.push(`Service ${object.metadata.name} does not select the pods of ${set.metadata.name}`);
    }
  }
}

if (problems.length) {
  console.error(`deploy/k8s: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`deploy/k8s is valid: ${objects.map(({ object }) => `${object.kind} ${object.metadata.name}`).join(', ')}`);
