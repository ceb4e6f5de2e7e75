// Project rule: every request body and every response body has at least one named example
// (media type `examples` map, each entry with a `value` or an `externalValue`).
export default function namedExamples(content, _options, context) {
  const results = [];
  if (content === null || typeof content !== 'object') {
    return results;
  }
  for (const [mediaType, media] of Object.entries(content)) {
    const examples = media && media.examples;
    const path = [...context.path, mediaType];
    if (examples === undefined || examples === null || Object.keys(examples).length === 0) {
      results.push({ message: `${mediaType} body has no named example (examples: {name: {value: ...}})`, path });
      continue;
    }
    for (const [name, example] of Object.entries(examples)) {
      if (!example || (example.value === undefined && example.externalValue === undefined && example.$ref === undefined)) {
        results.push({ message: `example "${name}" has no value`, path: [...path, 'examples', name] });
      }
    }
  }
  return results;
}
