/**
 * Builds the URL of an endpoint of `endpoints.ts` from its key and parameters; kept apart from the
 * schemas so the web can call it without bundling zod. The parameters are typed from the path: a
 * missing `:unitCode` is a compile error, not a 404.
 */

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;
export type PathOf<E extends string> = E extends `${string} ${infer P}` ? P : never;
export type EndpointParams<E extends string> = { [K in ParamNames<PathOf<E>>]: string | number };
export type QueryValue = string | number | boolean | null | undefined;

export function endpointUrl<E extends string>(endpoint: E, params: EndpointParams<E>, query?: Record<string, QueryValue>): string {
  const path = endpoint.slice(endpoint.indexOf(' ') + 1);
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = (params as Record<string, string | number | undefined>)[name];
    if (value === undefined) throw new Error(`${endpoint}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}
