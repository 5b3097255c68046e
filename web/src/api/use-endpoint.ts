import type { EndpointReply, TEndpoint } from '../../../src/contract/api/endpoints';
import { endpointUrl, type EndpointParams, type QueryValue } from '../../../src/contract/api/endpoint-url';
import { useApi, type ApiState } from './use-api';

export type TGetEndpoint = Extract<TEndpoint, `GET ${string}`>;

/**
 * GET an endpoint of the contract (`src/contract/api/endpoints.ts`) and keep its reply, typed from the
 * server's own schema: the URL is built from the endpoint's path and typed parameters, so a page cannot
 * ask one URL and read another reply's type. `null` parameters wait (nothing to ask yet).
 */
export function useEndpoint<E extends TGetEndpoint>(endpoint: E, params: EndpointParams<E> | null, query?: Record<string, QueryValue>): ApiState<EndpointReply<E>> {
  return useApi<EndpointReply<E>>(params === null ? null : endpointUrl(endpoint, params, query));
}
