import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A self-signed X.509 v3 certificate built with node:crypto alone (Node cannot create
 * certificates): CN=test-token-issuer, CA:TRUE (critical), valid from an hour ago for ten years.
 * distribution's token verifier trusts the public key of every certificate in its
 * `rootcertbundle`, indexed by the libtrust key ID.
 */

export type SigningAlgorithm = 'ES256' | 'RS256';

export interface SigningIdentity {
  algorithm: SigningAlgorithm;
  privateKey: KeyObject;
  /** The self-signed certificate, PEM. */
  certificatePem: string;
  /** libtrust key ID: the `kid` distribution looks the key up by. */
  keyId: string;
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const der = (tag: number, content: Buffer): Buffer =>
  Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
const sequence = (...items: Buffer[]): Buffer => der(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => der(0x31, Buffer.concat(items));
const integer = (value: Buffer): Buffer =>
  der(0x02, (value[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
const bitString = (value: Buffer): Buffer => der(0x03, Buffer.concat([Buffer.from([0]), value]));
const octetString = (value: Buffer): Buffer => der(0x04, value);
const nullValue = (): Buffer => Buffer.from([0x05, 0x00]);
const utf8String = (value: string): Buffer => der(0x0c, Buffer.from(value, 'utf8'));
const boolean = (value: boolean): Buffer => der(0x01, Buffer.from([value ? 0xff : 0x00]));
const explicit = (tagNumber: number, content: Buffer): Buffer => der(0xa0 + tagNumber, content);

function objectIdentifier(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      chunk.unshift(0x80 | (value & 0x7f));
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  return date.getUTCFullYear() < 2050
    ? der(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : der(0x18, Buffer.from(`${iso}Z`));
}

const SIGNATURE_ALGORITHMS: Record<SigningAlgorithm, Buffer> = {
  ES256: sequence(objectIdentifier('1.2.840.10045.4.3.2')),
  RS256: sequence(objectIdentifier('1.2.840.113549.1.1.11'), nullValue()),
};

/** libtrust: base32 of the first 30 bytes of sha256(SPKI DER), in 12 groups of 4 joined by ':'. */
export function libtrustKeyId(spkiDer: Buffer): string {
  const bytes = createHash('sha256').update(spkiDer).digest().subarray(0, 30);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let encoded = '';
  for (let i = 0; i < bits.length; i += 5) encoded += alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return encoded.match(/.{4}/g)?.join(':') ?? encoded;
}

export function createSigningIdentity(
  algorithm: SigningAlgorithm = 'ES256',
  commonName = 'test-token-issuer',
): SigningIdentity {
  const { privateKey, publicKey } =
    algorithm === 'ES256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 1) & 0x7f) | 0x01;
  const name = sequence(set(sequence(objectIdentifier('2.5.4.3'), utf8String(commonName))));
  const now = Date.now();
  const basicConstraints = sequence(
    objectIdentifier('2.5.29.19'),
    boolean(true),
    octetString(sequence(boolean(true))),
  );
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    SIGNATURE_ALGORITHMS[algorithm],
    name,
    sequence(time(new Date(now - 3600_000)), time(new Date(now + 10 * 365 * 86400_000))),
    name,
    spki,
    explicit(3, sequence(basicConstraints)),
  );
  const signature = sign('sha256', tbs, privateKey); // DER ECDSA-Sig-Value for EC, as X.509 wants
  const certificate = sequence(tbs, SIGNATURE_ALGORITHMS[algorithm], bitString(signature));
  const base64 =
    certificate
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? '';
  return {
    algorithm,
    privateKey,
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`,
    keyId: libtrustKeyId(spki),
  };
}
