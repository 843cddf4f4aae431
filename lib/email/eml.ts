import { z } from 'zod';
import { InvitationInputError, invitationErrorKey, type InvitationInputIssue } from './errors';
import { isSingleLine } from './identifiers';

export interface EmlAddress {
  name?: string;
  address: string;
}

export interface EmlOptions {
  to?: string | EmlAddress;
  from?: string | EmlAddress;
  /** The `Date` header; now by default. */
  date?: Date;
  /** The multipart boundary; random by default. */
  boundary?: string;
}

export interface EmlContent {
  subject: string;
  text: string;
  html: string;
}

const CRLF = '\r\n';
const BASE64_LINE_LENGTH = 76;
// 42 bytes → 56 base64 characters → a 68-character encoded-word: "Subject: " plus one word stays within 78 columns.
const ENCODED_WORD_MAX_BYTES = 42;
const HEADER_LINE_MAX_LENGTH = 78;

const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

const isPrintableAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

/** RFC 2047 "B" encoded-words, each holding whole characters, folded onto continuation lines. */
function encodedWords(value: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const character of value) {
    if (chunk !== '' && utf8.encode(chunk + character).length > ENCODED_WORD_MAX_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8.encode(word))}?=`).join(`${CRLF} `);
}

function subjectHeader(subject: string): string {
  const plain = isPrintableAscii(subject) && !subject.includes('=?') && `Subject: ${subject}`.length <= HEADER_LINE_MAX_LENGTH;
  return `Subject: ${plain ? subject : encodedWords(subject)}`;
}

const addressSchema = z.object({
  name: z.string().trim().max(200).refine(isSingleLine).optional(),
  address: z.string().trim().max(254).pipe(z.email()),
});

function addressHeader(field: 'from' | 'to', value: string | EmlAddress): string {
  const parsed = addressSchema.safeParse(typeof value === 'string' ? { address: value } : value);
  if (!parsed.success) {
    const issues: InvitationInputIssue[] = parsed.error.issues.map((issue) => ({
      path: [field, ...issue.path.map(String)],
      messageKey: invitationErrorKey(issue.path[0] === 'name' ? 'singleLine' : 'email'),
    }));
    throw new InvitationInputError(issues);
  }
  const { name, address } = parsed.data;
  const label = field === 'from' ? 'From' : 'To';
  if (!name) return `${label}: ${address}`;
  const phrase = isPrintableAscii(name) ? `"${name.replace(/[\\"]/g, '\\$&')}"` : encodedWords(name);
  return `${label}: ${phrase} <${address}>`;
}

/** RFC 5322 date, e.g. "Mon, 05 Jan 2026 09:30:00 +0000". */
const rfc5322Date = (date: Date) => date.toUTCString().replace(/GMT$/, '+0000');

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `=_mca_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function textPart(contentType: 'text/plain' | 'text/html', content: string): string[] {
  const canonical = content.replace(/\r\n|\r|\n/g, CRLF);
  const encoded = base64(utf8.encode(canonical));
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += BASE64_LINE_LENGTH) {
    lines.push(encoded.slice(start, start + BASE64_LINE_LENGTH));
  }
  return [`Content-Type: ${contentType}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', ...lines];
}

/**
 * The email as an .eml file (RFC 5322, MIME multipart/alternative, UTF-8 bodies in base64, CRLF line endings).
 * `X-Unsent: 1` makes Outlook open it as a draft ready to send rather than as a received message.
 */
export function toEml(rendered: EmlContent, options: EmlOptions = {}): string {
  const boundary = options.boundary ?? randomBoundary();
  const headers = [
    ...(options.from === undefined ? [] : [addressHeader('from', options.from)]),
    ...(options.to === undefined ? [] : [addressHeader('to', options.to)]),
    subjectHeader(rendered.subject),
    `Date: ${rfc5322Date(options.date ?? new Date())}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    'X-Unsent: 1',
  ];
  return [
    ...headers,
    '',
    `--${boundary}`,
    ...textPart('text/plain', rendered.text),
    `--${boundary}`,
    ...textPart('text/html', rendered.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
