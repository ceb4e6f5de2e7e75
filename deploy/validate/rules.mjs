// The platform's rules over one rendered overlay. Each violation: { rule, subject, message }.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY)/i;
const SECRET_VALUE = [
  /password\s*=/i,
  /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, // scheme://user:password@host
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /ScramLoginModule|PlainLoginModule/,
];
const PROBES = {
  startupProbe: "/q/health/started",
  livenessProbe: "/q/health/live",
  readinessProbe: "/q/health/ready",
};

// Reads what the code itself says: the HTTP port, the topics and the consumer groups.
export function readServiceConfig(repoRoot, svc) {
  const file = join(repoRoot, `${svc}-service`, "src", "main", "resources", "application.properties");
  if (!existsSync(file)) return null;
  const props = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = line.match(/^\s*([^#=\s][^=]*?)\s*=\s*(.*?)\s*$/);
    if (m) props[m[1]] = m[2];
  }
  const topics = new Set();
  const groups = new Set();
  for (const [k, v] of Object.entries(props)) {
    if (/(^|\.)topic$/.test(k) || k === "csp.events.topic") topics.add(v);
    if (/\.group\.id$/.test(k)) groups.add(v);
  }
  return { port: props["quarkus.http.port"] ? Number(props["quarkus.http.port"]) : null, topics, groups,
    schema: props["csp.service.schema"] ?? svc };
}

export function checkRules(objects, exp, profile, repoRoot) {
  const out = [];
  const fail = (rule, subject, message) => out.push({ rule, subject, message });
  const all = (kind) => objects.filter((o) => o.kind === kind);
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  const prof = exp.overlays?.[profile] ?? {};
  const services = exp.services;

  // ----- secrets: none in the manifests -----
  for (const s of all("Secret")) fail("no-plain-secrets", `Secret/${s.metadata?.name}`, "Secrets must not be in the manifests; ops create them (README)");
  for (const cm of all("ConfigMap")) {
    for (const [k, v] of Object.entries(cm.data ?? {})) {
      if (SECRET_NAME.test(k)) fail("no-plain-secrets", `ConfigMap/${cm.metadata.name}`, `key ${k} looks like a credential; use a Secret`);
      if (SECRET_VALUE.some((re) => re.test(String(v)))) fail("no-plain-secrets", `ConfigMap/${cm.metadata.name}`, `value of ${k} contains a credential`);
    }
  }

  const deployments = all("Deployment");
  for (const d of deployments) {
    const subject = `Deployment/${d.metadata.name}`;
    const pod = d.spec?.template?.spec ?? {};
    const svc = Object.keys(services).find((s) => d.metadata.name === `${s}-service`);
    for (const c of pod.containers ?? []) {
      const cs = `${subject} container ${c.name}`;
      // env: credentials only through secretKeyRef
      for (const e of c.env ?? []) {
        if (e.value !== undefined && SECRET_NAME.test(e.name)) fail("no-plain-secrets", cs, `env ${e.name} has a plain value; use valueFrom.secretKeyRef`);
        if (e.value !== undefined && SECRET_VALUE.some((re) => re.test(String(e.value)))) fail("no-plain-secrets", cs, `env ${e.name} contains a credential`);
      }
      for (const name of ["QUARKUS_DATASOURCE_PASSWORD", "KAFKA_SASL_JAAS_CONFIG"]) {
        const e = (c.env ?? []).find((x) => x.name === name);
        if (!e?.valueFrom?.secretKeyRef) fail("no-plain-secrets", cs, `${name} must come from a Secret (valueFrom.secretKeyRef)`);
      }
      // probes on the Quarkus health endpoints, on the container's port
      const ports = c.ports ?? [];
      for (const [probe, path] of Object.entries(PROBES)) {
        const p = c[probe];
        if (!p) {
          fail("probes", cs, `${probe} missing`);
          continue;
        }
        if (p.httpGet?.path !== path) fail("probes", cs, `${probe} must GET ${path}, found ${p.httpGet?.path ?? "no httpGet"}`);
        const port = p.httpGet?.port;
        const known = ports.some((x) => x.name === port || x.containerPort === port);
        if (!known) fail("ports", cs, `${probe} uses port ${port}, which the container does not declare`);
      }
      // requests and limits
      for (const part of ["requests", "limits"])
        for (const r of ["cpu", "memory"])
          if (c.resources?.[part]?.[r] === undefined) fail("resources", cs, `resources.${part}.${r} not set`);
      // hardening
      const sc = c.securityContext ?? {};
      if (!(sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot)) fail("security", cs, "runAsNonRoot must be true");
      if (sc.readOnlyRootFilesystem !== true) fail("security", cs, "readOnlyRootFilesystem must be true");
      if (sc.allowPrivilegeEscalation !== false) fail("security", cs, "allowPrivilegeEscalation must be false");
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail("security", cs, "capabilities must drop ALL");
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      const tmpVol = tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name);
      if (!tmpVol?.emptyDir) fail("security", cs, "/tmp must be an emptyDir (the root filesystem is read-only)");
      if (!c.image || !/:[^/]+$/.test(c.image) || c.image.endsWith(":latest")) fail("image", cs, `image ${c.image} must carry a fixed tag`);
      // the port the service listens on
      if (svc) {
        const expected = services[svc].port;
        if (ports.length !== 1 || ports[0].containerPort !== expected)
          fail("ports", cs, `container port must be ${expected} (the service's quarkus.http.port), found ${ports.map((p) => p.containerPort).join(",") || "none"}`);
      }
      // config maps and secrets referenced exist (or are written by an operator)
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef && !find("ConfigMap", ef.configMapRef.name)) fail("references", cs, `ConfigMap ${ef.configMapRef.name} is not in the manifests`);
        if (ef.secretRef) fail("no-plain-secrets", cs, "envFrom secretRef exposes a whole Secret; reference single keys");
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && !operatorSecret(ref.name, objects, exp)) fail("references", cs, `Secret ${ref.name} (env ${e.name}) is neither a database role Secret nor a KafkaUser`);
      }
    }
    if ((pod.terminationGracePeriodSeconds ?? 30) < exp.minTerminationGracePeriodSeconds)
      fail("shutdown", subject, `terminationGracePeriodSeconds must exceed quarkus.shutdown.timeout (20s)`);
    if (pod.securityContext?.runAsNonRoot !== true) fail("security", subject, "pod securityContext.runAsNonRoot must be true");
    if (d.spec?.strategy?.type && d.spec.strategy.type !== "RollingUpdate") fail("rollout", subject, "strategy must be RollingUpdate");
    if (prof.minServiceReplicas && (d.spec?.replicas ?? 1) < prof.minServiceReplicas)
      fail("replicas", subject, `at least ${prof.minServiceReplicas} replicas in ${profile}`);
    for (const v of pod.volumes ?? [])
      if (v.secret && !operatorSecret(v.secret.secretName, objects, exp)) fail("references", subject, `volume Secret ${v.secret.secretName} is not written by an operator`);
  }

  // ----- per service: the set of objects, ports, ACLs -----
  const cluster = find("Cluster", exp.postgresCluster);
  const database = all("Database").find((d) => d.spec?.cluster?.name === exp.postgresCluster);
  let connectionBudget = 0;
  for (const [svc, s] of Object.entries(services)) {
    const name = `${svc}-service`;
    const code = readServiceConfig(repoRoot, svc);
    if (code?.port && code.port !== s.port) fail("ports", `${svc}-service`, `application.properties says port ${code.port}, expectations.json ${s.port}`);
    const d = find("Deployment", name);
    for (const kind of ["Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceAccount", "KafkaUser"])
      if (!find(kind, name)) fail("completeness", `${kind}/${name}`, "missing");
    const cm = all("ConfigMap").find((c) => c.metadata.name.startsWith(`${name}-config`));
    if (!cm) fail("completeness", `ConfigMap/${name}-config`, "missing");
    else if (Number(cm.data?.QUARKUS_HTTP_PORT) !== s.port) fail("ports", `ConfigMap/${cm.metadata.name}`, `QUARKUS_HTTP_PORT must be ${s.port}`);

    const service = find("Service", name);
    if (service && d) {
      const container = d.spec.template.spec.containers?.[0] ?? {};
      for (const p of service.spec?.ports ?? []) {
        const target = p.targetPort ?? p.port;
        const ok = (container.ports ?? []).some((cp) => cp.name === target || cp.containerPort === target);
        if (!ok || p.port !== s.port) fail("ports", `Service/${name}`, `port ${p.port} -> ${target} must be ${s.port} -> the container port`);
      }
      const sel = service.spec?.selector ?? {};
      const labels = d.spec.template.metadata?.labels ?? {};
      if (!Object.keys(sel).length || Object.entries(sel).some(([k, v]) => labels[k] !== v)) fail("references", `Service/${name}`, "selector does not match the Deployment's pods");
    }
    const hpa = find("HorizontalPodAutoscaler", name);
    if (hpa && d) {
      if (hpa.spec?.scaleTargetRef?.kind !== "Deployment" || hpa.spec?.scaleTargetRef?.name !== name) fail("references", `HorizontalPodAutoscaler/${name}`, "must scale the Deployment");
      if ((hpa.spec?.minReplicas ?? 1) !== (d.spec?.replicas ?? 1)) fail("replicas", `HorizontalPodAutoscaler/${name}`, "minReplicas must equal the Deployment's replicas");
    }
    const pdb = find("PodDisruptionBudget", name);
    if (pdb && d && pdb.spec?.selector?.matchLabels?.["app.kubernetes.io/name"] !== d.spec.template.metadata?.labels?.["app.kubernetes.io/name"])
      fail("references", `PodDisruptionBudget/${name}`, "selector does not match the Deployment's pods");

    checkNetworkPolicies(svc, s, objects, exp, fail);
    checkAcls(svc, s, code, find("KafkaUser", name), exp, fail);

    // database: a login role and an own schema
    const role = cluster?.spec?.managed?.roles?.find((r) => r.name === svc);
    if (!role || role.login !== true || !role.passwordSecret?.name) fail("database", `Cluster/${exp.postgresCluster}`, `needs a login role ${svc} with a passwordSecret`);
    // the schema the service's code uses (csp.service.schema), owned by its role
    const schemaName = code?.schema ?? svc;
    const schema = database?.spec?.schemas?.find((x) => x.name === schemaName);
    if (!schema || schema.owner !== svc) fail("database", `Database/${database?.metadata?.name ?? "?"}`, `needs schema ${schemaName} owned by role ${svc}`);
    // connection budget: every pod the HPA may start, with a full pool, fits under the role's limit
    if (d && hpa && role && role.connectionLimit > 0) {
      const envOf = (key) =>
        (d.spec.template.spec.containers?.[0]?.envFrom ?? [])
          .map((ef) => find("ConfigMap", ef.configMapRef?.name)?.data?.[key])
          .filter((v) => v !== undefined)
          .pop();
      const pool = Number(envOf("QUARKUS_DATASOURCE_JDBC_MAX_SIZE") ?? 20);
      connectionBudget += hpa.spec.maxReplicas * pool;
      if (hpa.spec.maxReplicas * pool > role.connectionLimit)
        fail("database", `HorizontalPodAutoscaler/${name}`, `${hpa.spec.maxReplicas} pods x pool ${pool} exceed role ${svc}'s connectionLimit ${role.connectionLimit}`);
    }
    const dbUser = d?.spec?.template?.spec?.containers?.[0]?.env?.find((e) => e.name === "QUARKUS_DATASOURCE_USERNAME")?.valueFrom?.secretKeyRef?.name;
    if (d && role?.passwordSecret && dbUser !== role.passwordSecret.name) fail("database", `Deployment/${name}`, `database credentials must come from ${role.passwordSecret.name}, the Secret of role ${svc}`);
  }
  if (!cluster) fail("database", `Cluster/${exp.postgresCluster}`, "missing");
  const maxConnections = Number(cluster?.spec?.postgresql?.parameters?.max_connections ?? 100);
  if (cluster && connectionBudget > maxConnections - 20)
    fail("database", `Cluster/${exp.postgresCluster}`, `the services may open ${connectionBudget} connections; max_connections ${maxConnections} leaves under 20 for the operator and ops`);
  if (!database) fail("database", "Database", `no Database for cluster ${exp.postgresCluster}`);
  for (const d of deployments) if (!Object.keys(services).some((s) => d.metadata.name === `${s}-service`)) fail("completeness", `Deployment/${d.metadata.name}`, "not one of the four services");

  // ----- Kafka: cluster, node pools, topics -----
  const kafka = find("Kafka", exp.kafkaCluster);
  if (!kafka) fail("kafka", `Kafka/${exp.kafkaCluster}`, "missing");
  const pools = all("KafkaNodePool").filter((p) => p.metadata.labels?.["strimzi.io/cluster"] === exp.kafkaCluster);
  const brokers = pools.filter((p) => p.spec.roles.includes("broker")).reduce((n, p) => n + p.spec.replicas, 0);
  const controllers = pools.filter((p) => p.spec.roles.includes("controller")).reduce((n, p) => n + p.spec.replicas, 0);
  if (brokers < 1 || controllers < 1) fail("kafka", `Kafka/${exp.kafkaCluster}`, `KRaft needs node pools with broker and controller roles (brokers ${brokers}, controllers ${controllers})`);
  if (controllers % 2 === 0 && controllers > 0) fail("kafka", `Kafka/${exp.kafkaCluster}`, `an odd number of KRaft controllers is needed for a quorum, found ${controllers}`);
  for (const p of pools) {
    const lim = p.spec.resources?.limits ?? {};
    if (!lim.memory || !lim.cpu) fail("resources", `KafkaNodePool/${p.metadata.name}`, "resources.limits.cpu and memory must be set");
  }
  const kcfg = kafka?.spec?.kafka?.config ?? {};
  if (kafka && kcfg["auto.create.topics.enable"] !== false) fail("kafka", `Kafka/${exp.kafkaCluster}`, "auto.create.topics.enable must be false (topics only as KafkaTopic)");
  if (kafka && Number(kcfg["default.replication.factor"] ?? 1) > brokers) fail("kafka", `Kafka/${exp.kafkaCluster}`, `default.replication.factor exceeds the ${brokers} broker(s)`);

  const required = new Set();
  for (const svc of Object.keys(services)) {
    required.add(`csp.${svc}.events`);
    required.add(`csp.${svc}.dlq`);
    for (const t of readServiceConfig(repoRoot, svc)?.topics ?? []) required.add(t);
  }
  const topics = all("KafkaTopic");
  for (const t of required) {
    const kt = topics.find((x) => (x.spec?.topicName ?? x.metadata.name) === t);
    if (!kt) fail("topics", `KafkaTopic/${t}`, "missing: a topic the services use has no KafkaTopic");
  }
  for (const kt of topics) {
    const subject = `KafkaTopic/${kt.metadata.name}`;
    if (kt.metadata.labels?.["strimzi.io/cluster"] !== exp.kafkaCluster) fail("topics", subject, `label strimzi.io/cluster must be ${exp.kafkaCluster}`);
    const r = kt.spec?.replicas ?? 0;
    const isr = Number(kt.spec?.config?.["min.insync.replicas"] ?? 1);
    if (r > brokers) fail("topics", subject, `replicas ${r} exceed the ${brokers} broker(s)`);
    if (isr > r) fail("topics", subject, `min.insync.replicas ${isr} exceeds replicas ${r}`);
    if (r >= 3 && isr >= r) fail("topics", subject, `min.insync.replicas must be below replicas so one broker can be down`);
    if (prof.minTopicReplicas && r < prof.minTopicReplicas) fail("topics", subject, `at least ${prof.minTopicReplicas} replicas in ${profile}`);
  }

  // ----- PostgreSQL HA and backups -----
  if (cluster) {
    const lim = cluster.spec.resources?.limits ?? {};
    if (!lim.memory || !lim.cpu) fail("resources", `Cluster/${exp.postgresCluster}`, "resources.limits.cpu and memory must be set");
    if (prof.minDbInstances && cluster.spec.instances < prof.minDbInstances) fail("database", `Cluster/${exp.postgresCluster}`, `at least ${prof.minDbInstances} instances in ${profile}`);
    if (prof.requireDbBackup) {
      if (!cluster.spec.backup?.barmanObjectStore) fail("database", `Cluster/${exp.postgresCluster}`, `backups must be configured in ${profile}`);
      if (!all("ScheduledBackup").some((b) => b.spec?.cluster?.name === exp.postgresCluster)) fail("database", `ScheduledBackup`, `no ScheduledBackup for ${exp.postgresCluster} in ${profile}`);
    }
  }

  checkIngress(objects, services, fail);
  return out;
}

function operatorSecret(name, objects, exp) {
  if (name === `${exp.kafkaCluster}-cluster-ca-cert` || name === `${exp.postgresCluster}-ca`) return true;
  if (objects.some((o) => o.kind === "KafkaUser" && o.metadata?.name === name)) return true;
  const cluster = objects.find((o) => o.kind === "Cluster" && o.metadata?.name === exp.postgresCluster);
  return (cluster?.spec?.managed?.roles ?? []).some((r) => r.passwordSecret?.name === name);
}

function checkNetworkPolicies(svc, s, objects, exp, fail) {
  const label = `${svc}-service`;
  const policies = objects.filter((o) => o.kind === "NetworkPolicy" && o.spec?.podSelector?.matchLabels?.["app.kubernetes.io/name"] === label);
  const types = new Set(policies.flatMap((p) => p.spec.policyTypes ?? []));
  if (!types.has("Ingress") || !types.has("Egress")) fail("network-policy", `NetworkPolicy/${label}`, "the service's pods need both Ingress and Egress isolation");
  for (const p of policies) {
    const subject = `NetworkPolicy/${p.metadata.name}`;
    for (const rule of p.spec.ingress ?? []) {
      const from = rule.from ?? [];
      if (!from.length || from.some((f) => f.ipBlock || !f.namespaceSelector || !f.podSelector)) fail("network-policy", subject, "ingress only from the ingress controller's pods (namespaceSelector + podSelector)");
      if (!(rule.ports ?? []).length || rule.ports.some((x) => x.port !== s.port)) fail("network-policy", subject, `ingress only to port ${s.port}`);
    }
    for (const rule of p.spec.egress ?? []) {
      const ports = (rule.ports ?? []).map((x) => x.port);
      const to = rule.to ?? [];
      if (!to.length || !ports.length) {
        fail("network-policy", subject, "an egress rule without destinations or ports allows everything");
        continue;
      }
      const db = to.every((t) => t.podSelector?.matchLabels?.["cnpg.io/cluster"] === exp.postgresCluster) && ports.every((x) => x === 5432);
      const kafka = to.every((t) => t.podSelector?.matchLabels?.["strimzi.io/cluster"] === exp.kafkaCluster) && ports.every((x) => x === 9093);
      const dns = ports.every((x) => x === 53) && to.every((t) => t.namespaceSelector);
      const idp = ports.every((x) => x === 443) && to.every((t) => t.ipBlock);
      if (!(db || kafka || dns || idp)) fail("network-policy", subject, `egress rule to ports ${ports.join(",")} is not the database, Kafka, DNS or the identity provider`);
    }
  }
}

function checkAcls(svc, s, code, user, exp, fail) {
  if (!user) return;
  const subject = `KafkaUser/${user.metadata.name}`;
  const acls = user.spec?.authorization?.acls ?? [];
  const writable = new Set([`csp.${svc}.events`, `csp.${svc}.dlq`]);
  const readable = new Set(s.consumes.map((c) => `csp.${c}.events`));
  for (const t of code?.topics ?? []) if (!writable.has(t)) readable.add(t);
  const groups = new Set([`${svc}-service`, ...(code?.groups ?? [])]);
  const granted = { write: new Set(), read: new Set(), group: new Set() };
  for (const a of acls) {
    const r = a.resource ?? {};
    const ops = a.operations ?? [];
    if (r.patternType === "prefix" || r.name === "*" || ops.includes("All")) {
      fail("acl", subject, `ACL on ${r.type} ${r.name} is wider than one literal resource`);
      continue;
    }
    if (r.type === "topic") {
      if (ops.some((o) => o !== "Read" && o !== "Describe" && o !== "Write")) fail("acl", subject, `operations ${ops.join(",")} on ${r.name} go beyond read/write`);
      if (ops.includes("Write")) {
        if (!writable.has(r.name)) fail("acl", subject, `may not write ${r.name}: a service writes only its own events and dead-letter topics`);
        granted.write.add(r.name);
      }
      if (ops.includes("Read")) {
        if (!readable.has(r.name)) fail("acl", subject, `may not read ${r.name}: it does not consume it`);
        granted.read.add(r.name);
      }
    } else if (r.type === "group") {
      if (!groups.has(r.name)) fail("acl", subject, `may not use consumer group ${r.name}`);
      granted.group.add(r.name);
    } else {
      fail("acl", subject, `no ${r.type} ACLs are needed`);
    }
  }
  for (const t of writable) if (!granted.write.has(t)) fail("acl", subject, `needs Write on ${t}`);
  for (const t of readable) if (!granted.read.has(t)) fail("acl", subject, `needs Read on ${t}`);
  if (readable.size && !granted.group.has(`${svc}-service`)) fail("acl", subject, `needs Read on group ${svc}-service`);
}

function checkIngress(objects, services, fail) {
  const routes = [];
  for (const ing of objects.filter((o) => o.kind === "Ingress"))
    for (const rule of ing.spec?.rules ?? [])
      for (const p of rule.http?.paths ?? []) routes.push({ ing: ing.metadata.name, path: p.path, service: p.backend?.service });
  for (const r of routes) {
    const svc = objects.find((o) => o.kind === "Service" && o.metadata.name === r.service?.name);
    if (!svc) {
      fail("ingress", `Ingress/${r.ing}`, `${r.path} goes to unknown Service ${r.service?.name}`);
      continue;
    }
    const port = r.service.port ?? {};
    if (!(svc.spec.ports ?? []).some((p) => p.name === port.name || p.port === port.number)) fail("ingress", `Ingress/${r.ing}`, `${r.path} uses a port Service ${svc.metadata.name} does not have`);
  }
  for (const [svc, s] of Object.entries(services)) {
    for (const res of s.paths) {
      const r = routes.find((x) => x.path === `/api/v1/${res}`);
      if (!r) fail("ingress", "Ingress", `/api/v1/${res} is not routed`);
      else if (r.service?.name !== `${svc}-service`) fail("ingress", `Ingress/${r.ing}`, `/api/v1/${res} must go to ${svc}-service, goes to ${r.service?.name}`);
    }
    if (!routes.some((x) => x.path.startsWith(`/api/v1/${svc}/audit`) && x.service?.name === `${svc}-service`)) fail("ingress", "Ingress", `the audit trail of ${svc}-service (/api/v1/${svc}/audit) is not routed`);
  }
}
