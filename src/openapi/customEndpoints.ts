import type { Endpoint } from 'payload'

import type { Operation } from './operation'

/** An endpoint that carries its own OpenAPI description next to its code. */
export type DocumentedEndpoint = Endpoint & { custom: { openapi: Operation } }

export const documented = (endpoint: Endpoint, openapi: Operation): DocumentedEndpoint => ({
  ...endpoint,
  custom: { ...endpoint.custom, openapi },
})

/** The description an endpoint carries, if any. */
export const ownDescription = (endpoint: Endpoint): Operation | undefined =>
  (endpoint.custom as { openapi?: Operation } | undefined)?.openapi
