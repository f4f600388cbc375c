/** Minimal multipart/form-data decoding for what discord.js sends: `payload_json` plus `files[n]`. */
import type { UploadedFile } from './state.ts';

export interface DecodedBody {
  body: unknown;
  files: UploadedFile[];
}

export function decodeBody(contentType: string | undefined, raw: Buffer): DecodedBody {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = contentType ?? '';
  if (type.startsWith('multipart/form-data')) return decodeMultipart(type, raw);
  const text = raw.toString('utf8');
  if (type.startsWith('application/json') || /^[[{"]/.test(text.trim())) {
    try {
      return { body: JSON.parse(text), files: [] };
    } catch {
      return { body: text, files: [] };
    }
  }
  return { body: text, files: [] };
}

function decodeMultipart(contentType: string, raw: Buffer): DecodedBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return { body: undefined, files: [] };
  const delimiter = Buffer.from(`--${marker}`);
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after delimiter and before next
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const partType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
      if (filename !== undefined) files.push({ field: name, filename, contentType: partType, size: content.length });
      else fields[name] = content.toString('utf8');
    }
    start = next;
  }
  const payload = fields['payload_json'];
  let body: unknown = undefined;
  if (payload !== undefined) {
    try {
      body = JSON.parse(payload);
    } catch {
      body = payload;
    }
  } else if (Object.keys(fields).length > 0) {
    body = fields;
  }
  return { body, files };
}
