import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { nonPublicAddress, refusedReceiver, type ReceiverPolicy } from '../../core/receiver-address.ts';

/** A receiver's name resolved to an address webhooks may not be sent to (not retried). */
export class RefusedReceiver extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedReceiver';
  }
}

/** How names are resolved: dns.lookup (tests map names of their own). */
export type Resolver = (hostname: string, options: dns.LookupAllOptions, callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

/**
 * dns.lookup for the connections webhooks are sent over. Public only: a name that resolves to any
 * non-public address is refused. Checked on the address actually connected to, at every connection, so a
 * name that once resolved to a public address and now points inside (DNS rebinding) is caught.
 */
export function receiverLookup(policy: ReceiverPolicy, resolve: Resolver = dns.lookup): LookupFunction {
  return (hostname, options, callback) =>
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const inside = policy === 'public-only' ? addresses.find((a) => nonPublicAddress(a.address)) : undefined;
      if (inside) return callback(new RefusedReceiver(refusedReceiver(`${hostname} (${inside.address})`, nonPublicAddress(inside.address)!)), '', 0);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
}
