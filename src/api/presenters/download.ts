import type { FastifyReply } from 'fastify';

export interface Download {
  bytes: Uint8Array;
  /** the name the browser saves (Chinese allowed: sent as RFC 5987 filename*) */
  fileName: string;
  contentType: string;
  /** an ASCII name for clients that do not read filename* */
  asciiName: string;
  /** extra headers (e.g. a checksum, no-store) */
  headers?: Record<string, string>;
}

/** Every file the API sends (exports, templates, evidence) leaves as an attachment the same way. */
export function sendDownload(reply: FastifyReply, file: Download): FastifyReply {
  reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  for (const [name, value] of Object.entries(file.headers ?? {})) reply.header(name, value);
  return reply.send(file.bytes);
}
