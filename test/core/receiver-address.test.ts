import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonPublicAddress, receiverRefusal } from '../../src/core/receiver-address.ts';

/*
 * The IPv4 blocks of IANA's special-purpose address registry that are not globally reachable
 * (RFC 6890 and its updates), written out here from the registry, apart from the library the
 * code uses: every address in them is refused, every address outside all of them is allowed.
 */
const NOT_GLOBAL_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], // this network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const toInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
const inBlock = (n: number, [base, bits]: [string, number]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(toInt(base) / 2 ** (32 - bits));
const insideArb = fc
  .tuple(fc.constantFrom(...NOT_GLOBAL_V4), fc.nat())
  .map(([[base, bits], r]) => toIp(toInt(base) + (r % 2 ** (32 - bits))));
const publicArb = fc.nat({ max: 2 ** 32 - 1 }).filter((n) => !NOT_GLOBAL_V4.some((b) => inBlock(n, b))).map(toIp);
const v4Mapped = (ip: string) => `::ffff:${ip}`;

describe('which addresses webhooks may be sent to', () => {
  it('every IPv4 address in a not-globally-reachable block is refused, also written as IPv4-mapped IPv6', () => {
    fc.assert(
      fc.property(insideArb, (ip) => {
        expect(nonPublicAddress(ip)).not.toBeNull();
        expect(nonPublicAddress(v4Mapped(ip))).not.toBeNull();
      }),
      { numRuns: 2_000 },
    );
  });

  it('every IPv4 address outside them is allowed', () => {
    fc.assert(
      fc.property(publicArb, (ip) => {
        expect(nonPublicAddress(ip)).toBeNull();
        expect(nonPublicAddress(v4Mapped(ip))).toBeNull();
      }),
      { numRuns: 2_000 },
    );
  });

  it('IPv6 loopback, unspecified, link-local, unique-local and multicast are refused; global unicast is allowed', () => {
    const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const tail = fc.array(hex, { minLength: 3, maxLength: 3 }).map((a) => a.join(':'));
    const refused = fc.oneof(
      fc.constant('::1'),
      fc.constant('::'),
      tail.map((t) => `fe80::${t}`), // link-local fe80::/10
      fc.tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), tail).map(([p, t]) => `${p.toString(16)}::${t}`), // unique local fc00::/7
      fc.tuple(fc.integer({ min: 0xff00, max: 0xffff }), tail).map(([p, t]) => `${p.toString(16)}::${t}`), // multicast ff00::/8
    );
    fc.assert(
      fc.property(refused, (ip) => {
        expect(nonPublicAddress(ip)).not.toBeNull();
      }),
    );
    // 2000::/3 is global unicast, but 2001::/23 and 2002::/16 hold special blocks and 3fff::/20 is
    // for documentation (RFC 9637): keep to 2400:: – 3ffe::.
    const global = fc.tuple(fc.integer({ min: 0x2400, max: 0x3ffe }), tail).map(([p, t]) => `${p.toString(16)}:1::${t}`);
    fc.assert(
      fc.property(global, (ip) => {
        expect(nonPublicAddress(ip)).toBeNull();
      }),
    );
  });

  it('a URL naming this machine or a non-public address is refused when added, however the address is written', () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'https://api.localhost/x',
      'http://2130706433/', // 127.0.0.1 as one number
      'http://0x7f.1/', // and in hex, shortened
      'http://[::1]:9000/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/',
    ]) {
      const refusal = receiverRefusal(new URL(url), 'public-only');
      expect(refusal, url).toMatch(/only to public internet addresses.*WEBHOOK_ALLOW_PRIVATE=true/);
      expect(receiverRefusal(new URL(url), 'any'), url).toBeNull();
    }
    // A name is judged when it is resolved, at each send (receiver-lookup.ts), not here.
    expect(receiverRefusal(new URL('https://hooks.example.com/convene'), 'public-only')).toBeNull();
    expect(receiverRefusal(new URL('https://93.184.215.14/x'), 'public-only')).toBeNull();
  });
});
