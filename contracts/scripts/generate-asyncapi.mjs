// Generates the AsyncAPI 3.0 document of each service from asyncapi/event-catalogue.mjs.
// usage: node scripts/generate-asyncapi.mjs [outputDirectory]   (default: asyncapi)
// Each document is self-contained: payload schemas are inline in their messages (no $ref), so a
// Java test can validate a record against components.messages.<id>.payload directly.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EVENTS, SERVICES, EXAMPLE_EVENT_ID } from '../asyncapi/event-catalogue.mjs';

const KAFKA_BINDING = '0.5.0';
const outDir = process.argv[2] ?? 'asyncapi';

const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const messageId = (e) => `${camel(e.name)}V${e.version}`;
const wireType = (e) => `org.csp.${e.service}.${e.name}.v${e.version}`;
const dataSchema = (e) => `urn:csp:events:${e.service}:${e.name}:${e.version}`;
const topic = (service) => `csp.${service}.events`;
const dlq = (service) => `csp.${service}.dlq`;
const channelId = (service) => `${service}Events`;

function cloudEventHeaders(e) {
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes in the Kafka binary binding (one header each, UTF-8 text)',
    required: ['ce_id', 'ce_source', 'ce_specversion', 'ce_type', 'ce_time', 'ce_subject', 'ce_dataschema', 'content-type'],
    properties: {
      ce_id: { type: 'string', format: 'uuid', description: 'Id of the event; consumers drop a second delivery of the same id' },
      ce_source: { type: 'string', const: `/csp/${e.service}-service`, description: 'The producing service' },
      ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents version' },
      ce_type: { type: 'string', const: wireType(e), description: 'Event type and version: org.csp.<service>.<event-name>.v<version>' },
      ce_time: { type: 'string', format: 'date-time', description: 'When the change was committed (RFC 3339)' },
      ce_subject: { type: 'string', pattern: `^${e.aggregate}/.+$`, description: `<aggregate-type>/<aggregate-id>, here ${e.aggregate}/<id>` },
      ce_dataschema: { type: 'string', const: dataSchema(e), description: 'Identifies this payload schema: urn:csp:events:<service>:<event-name>:<version>' },
      ce_actor: { type: 'string', description: "Who acted: the token subject (absent for the platform's own scheduled work)" },
      ce_actoragency: { type: 'string', description: 'The acting partner agency, when the actor acted for one' },
      'content-type': { type: 'string', const: 'application/json', description: 'Media type of the record value' },
    },
  };
}

function exampleHeaders(e) {
  return {
    ce_id: EXAMPLE_EVENT_ID,
    ce_source: `/csp/${e.service}-service`,
    ce_specversion: '1.0',
    ce_type: wireType(e),
    ce_time: '2019-02-27T00:00:05Z',
    ce_subject: `${e.aggregate}/${Object.values(e.example)[0]}`,
    ce_dataschema: dataSchema(e),
    ce_actor: 'officer@maidstone.example',
    'content-type': 'application/json',
  };
}

// The record key: the aggregate id of ce_subject, unless the event declares another key (e.key); then the
// message says so in x-csp-record-key, which platform-testing's AsyncApiContract checks records against.
const keyPhrase = (e) => (e.key ? e.key.short : 'aggregate id');

function message(e) {
  const readers = e.readBy.length ? `Read by ${e.readBy.map((s) => `${s}-service`).join(' and ')}.` : 'No service reads it yet.';
  const key = e.key
    ? `the record key is the ${e.key.short}, so ${e.key.order}.`
    : `the record key is the ${e.aggregate} id, so one aggregate's events keep their order.`;
  return {
    name: wireType(e),
    title: `${e.name} v${e.version}`,
    summary: e.summary,
    description: `${e.summary} Published by ${e.service}-service on ${topic(e.service)} through its transactional outbox; `
      + `${key} ${readers} CloudEvents type ${wireType(e)}.`,
    contentType: 'application/json',
    headers: cloudEventHeaders(e),
    payload: e.payload,
    bindings: {
      kafka: {
        key: { type: 'string', description: e.key ? e.key.description : `The ${e.aggregate} id (the aggregate the event is about)` },
        bindingVersion: KAFKA_BINDING,
      },
    },
    ...(e.key ? { 'x-csp-record-key': { from: e.key.from, otherwise: e.key.otherwise } } : {}),
    examples: [{ name: `${e.name}-v${e.version}`, summary: e.summary, headers: exampleHeaders(e), payload: e.example }],
  };
}

// What a service's records are keyed by, for the channel and document descriptions.
function serviceKey(own) {
  const phrases = [...new Set(own.map(keyPhrase))];
  return phrases.length === 1 ? phrases[0] : `aggregate id, or the key a message declares`;
}

function deadLetterMessage(service) {
  return {
    name: 'dead-letter',
    title: 'Dead letter',
    summary: `A record ${service}-service could not process, with the reason.`,
    description: `A record read by ${service}-service that can never be processed (bad envelope or JSON, an unsupported `
      + 'version of a known type, a broken business rule, or repeated unexpected failure). The original key, value and '
      + 'CloudEvents headers are kept; the dead-letter headers say why and where it came from.',
    contentType: 'application/json',
    headers: {
      type: 'object',
      description: 'The original CloudEvents headers (when present) plus the dead-letter headers',
      required: ['dead-letter-reason', 'dead-letter-topic', 'dead-letter-partition', 'dead-letter-offset'],
      properties: {
        'dead-letter-reason': { type: 'string', description: 'Why the record was dead-lettered, e.g. "unsupported version 2 of org.csp.governance.decision-effective"' },
        'dead-letter-topic': { type: 'string', description: 'Topic the record was read from' },
        'dead-letter-partition': { type: 'string', pattern: '^[0-9]+$', description: 'Partition it was read from' },
        'dead-letter-offset': { type: 'string', pattern: '^[0-9]+$', description: 'Its offset there' },
        ce_id: { type: 'string', description: 'The original event id, when it had one' },
        ce_type: { type: 'string', description: 'The original event type, when it had one' },
      },
    },
    payload: {
      type: ['object', 'array', 'string', 'number', 'boolean', 'null'],
      description: 'The original record value, unchanged (usually a CloudEvents JSON payload; anything for a malformed record)',
    },
    bindings: {
      kafka: { key: { type: 'string', description: 'The original record key' }, bindingVersion: KAFKA_BINDING },
    },
    examples: [{
      name: 'unsupported-version',
      summary: 'A version of a known event type this consumer does not read',
      headers: {
        'dead-letter-reason': 'unsupported version 2 of org.csp.governance.decision-effective; this consumer reads versions [1]',
        'dead-letter-topic': 'csp.governance.events', 'dead-letter-partition': '0', 'dead-letter-offset': '42',
        ce_id: EXAMPLE_EVENT_ID, ce_type: 'org.csp.governance.decision-effective.v2',
      },
      payload: { decisionId: '00000000-0000-4000-8000-000000000000' },
    }],
  };
}

function document(service) {
  const meta = SERVICES[service];
  const own = EVENTS.filter((e) => e.service === service);
  const channels = {};
  const operations = {};
  const messages = {};

  const addMessages = (events) => Object.fromEntries(events.map((e) => {
    messages[messageId(e)] = message(e);
    return [messageId(e), { $ref: `#/components/messages/${messageId(e)}` }];
  }));

  channels[channelId(service)] = {
    address: topic(service),
    title: topic(service),
    description: `Every event ${service}-service publishes, one CloudEvent per record; key = ${serviceKey(own)}.`,
    messages: addMessages(own),
    bindings: { kafka: { topic: topic(service), bindingVersion: KAFKA_BINDING } },
  };
  operations[`publish${camel('-' + service)}Events`] = {
    action: 'send',
    channel: { $ref: `#/channels/${channelId(service)}` },
    title: `Publish ${service} events`,
    summary: `${service}-service publishes its events through its transactional outbox (at least once, in commit order per aggregate).`,
    messages: own.map((e) => ({ $ref: `#/channels/${channelId(service)}/messages/${messageId(e)}` })),
  };

  for (const [producer, names] of Object.entries(meta.consumes)) {
    const read = names.map((n) => {
      const e = EVENTS.find((x) => x.service === producer && x.name === n);
      if (!e) throw new Error(`${service} consumes unknown event ${producer}/${n}`);
      return e;
    });
    channels[channelId(producer)] = {
      address: topic(producer),
      title: topic(producer),
      description: `${producer}-service's topic. ${service}-service reads the messages listed here and skips other types; `
        + 'a version it does not read of a type it reads is dead-lettered.',
      messages: addMessages(read),
      bindings: { kafka: { topic: topic(producer), bindingVersion: KAFKA_BINDING } },
    };
    operations[`consume${camel('-' + producer)}Events`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId(producer)}` },
      title: `Consume ${producer} events`,
      summary: `${service}-service applies these events idempotently (processed event ids are stored with the effect).`,
      bindings: { kafka: { groupId: { type: 'string', enum: [`${service}-service`] }, bindingVersion: KAFKA_BINDING } },
      messages: read.map((e) => ({ $ref: `#/channels/${channelId(producer)}/messages/${messageId(e)}` })),
    };
  }

  messages.deadLetter = deadLetterMessage(service);
  channels[`${service}DeadLetters`] = {
    address: dlq(service),
    title: dlq(service),
    description: `Dead-letter topic of ${service}-service's consumers: records that can never be processed, with the reason.`,
    messages: { deadLetter: { $ref: '#/components/messages/deadLetter' } },
    bindings: { kafka: { topic: dlq(service), bindingVersion: KAFKA_BINDING } },
  };
  operations[`deadLetter${camel('-' + service)}Records`] = {
    action: 'send',
    channel: { $ref: `#/channels/${service}DeadLetters` },
    title: 'Dead-letter unprocessable records',
    summary: `${service}-service sends a record it can never process here and goes on with the next.`,
    messages: [{ $ref: `#/channels/${service}DeadLetters/messages/deadLetter` }],
  };

  return {
    asyncapi: '3.0.0',
    id: `urn:csp:${service}-service`,
    info: {
      title: meta.title,
      version: '1.0.0',
      description: `${meta.description}\n\nEvery record is a CloudEvents 1.0 event in the Kafka binary binding: attributes in `
        + `\`ce_*\` headers, the JSON payload as the value, the ${serviceKey(own)} as the key. Generated from `
        + 'contracts/asyncapi/event-catalogue.mjs (docs/events.md is the contract; docs/event-versioning.md the rules).',
      contact: { name: 'Community Safety Unit' },
      tags: [{ name: service }],
    },
    defaultContentType: 'application/json',
    servers: {
      cluster: {
        host: 'kafka:9092',
        protocol: 'kafka',
        description: "The platform's Kafka cluster (set by each deployment through kafka.bootstrap.servers)",
      },
    },
    channels,
    operations,
    components: { messages },
  };
}

await mkdir(outDir, { recursive: true });
for (const service of Object.keys(SERVICES)) {
  const header = `# GENERATED from contracts/asyncapi/event-catalogue.mjs by contracts/scripts/generate-asyncapi.mjs.\n`
    + '# Do not edit by hand: edit the catalogue and regenerate (node scripts/generate-asyncapi.mjs in contracts/).\n';
  const file = join(outDir, `${service}-service.yaml`);
  await writeFile(file, header + stringify(document(service), { lineWidth: 120, aliasDuplicateObjects: false }));
  console.log(`wrote ${file}`);
}
