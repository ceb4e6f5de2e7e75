// Project rule: no empty or `{}` schemas. A schema must say what it is: a type, a $ref, a
// composition (allOf/oneOf/anyOf), an enum or a const. Walks every schema reachable in the
// document: components, parameters, request and response bodies, properties, items,
// additionalProperties.
const SCHEMA_KEYS = ['type', '$ref', 'allOf', 'oneOf', 'anyOf', 'enum', 'const', 'not'];

function describesSomething(schema) {
  return SCHEMA_KEYS.some((key) => schema[key] !== undefined);
}

function walkSchema(schema, path, results) {
  if (schema === true || schema === false) {
    return;
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    results.push({ message: 'schema is not an object', path });
    return;
  }
  if (!describesSomething(schema)) {
    results.push({
      message: Object.keys(schema).length === 0
        ? 'empty schema {}: say what it is (type, $ref, enum...)'
        : 'schema has no type, $ref, composition or enum',
      path,
    });
  }
  for (const [name, property] of Object.entries(schema.properties || {})) {
    walkSchema(property, [...path, 'properties', name], results);
  }
  if (schema.items !== undefined) {
    walkSchema(schema.items, [...path, 'items'], results);
  }
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties === 'object') {
    walkSchema(schema.additionalProperties, [...path, 'additionalProperties'], results);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    (schema[key] || []).forEach((part, i) => walkSchema(part, [...path, key, i], results));
  }
}

function walkContent(content, path, results) {
  for (const [mediaType, media] of Object.entries(content || {})) {
    if (media && media.schema !== undefined) {
      walkSchema(media.schema, [...path, 'content', mediaType, 'schema'], results);
    } else {
      results.push({ message: `${mediaType} has no schema`, path: [...path, 'content', mediaType] });
    }
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

export default function noEmptySchemas(document) {
  const results = [];
  if (document === null || typeof document !== 'object') {
    return results;
  }
  const schemas = (document.components && document.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    walkSchema(schema, ['components', 'schemas', name], results);
  }
  for (const [route, item] of Object.entries(document.paths || {})) {
    for (const method of METHODS) {
      const operation = item && item[method];
      if (!operation) {
        continue;
      }
      const base = ['paths', route, method];
      (operation.parameters || []).forEach((parameter, i) => {
        if (parameter && parameter.schema !== undefined) {
          walkSchema(parameter.schema, [...base, 'parameters', i, 'schema'], results);
        }
      });
      if (operation.requestBody && operation.requestBody.content) {
        walkContent(operation.requestBody.content, [...base, 'requestBody'], results);
      }
      for (const [code, response] of Object.entries(operation.responses || {})) {
        if (response && response.content) {
          walkContent(response.content, [...base, 'responses', code], results);
        }
      }
    }
  }
  return results;
}
