import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

/** One registry for the whole API: defineRoute() adds every route to it as the route is mounted. */
export const registry = new OpenAPIRegistry();

let cached: object | null = null;

export function openApiDocument(): object {
  cached ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Coalition Workspace API',
      version: '0.1.0',
      description:
        'JSON API of the Coalition Workspace. Sessions use a cookie; every POST, PUT, PATCH and DELETE must carry an Origin header equal to the site origin.',
    },
    servers: [{ url: '/' }],
  });
  return cached;
}
