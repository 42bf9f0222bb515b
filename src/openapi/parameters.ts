/**
 * `where`, as generated clients can send it: the bracket form Payload reads
 * (`where[slug][equals]=x`, OpenAPI's deepObject style) or one JSON text (`where={"slug":{"equals":"x"}}`).
 */
export const whereParam = {
  name: 'where',
  in: 'query',
  required: false,
  style: 'deepObject',
  explode: true,
  description:
    'Filters: `where[field][operator]=value` (equals, not_equals, in, like, contains, less_than, exists, …, with ' +
    '`and`/`or` arrays), or the same object as one JSON text. Anything else is refused with 400.',
  schema: {
    oneOf: [
      { type: 'object', additionalProperties: true },
      { type: 'string', contentMediaType: 'application/json', description: 'A JSON object.' },
    ],
  },
}
