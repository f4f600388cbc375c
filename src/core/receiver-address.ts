import ipaddr from 'ipaddr.js';

/**
 * Which webhook receivers Convene may POST to. By default only public internet addresses: a
 * workspace manager (or an API key) adds the URL, but the server sends the request, from inside
 * the operator's network. Without this, a webhook could reach the database, an admin port on
 * loopback, or a cloud metadata service (169.254.169.254). An operator who runs a receiver on
 * their own network allows that with WEBHOOK_ALLOW_PRIVATE=true.
 */
export type ReceiverPolicy = 'public-only' | 'any';

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  linkLocal: 'a link-local address (cloud metadata services live there)',
  uniqueLocal: 'a private network address',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** Why an IP address is not a public receiver, or null when it is (a global unicast address). */
export function nonPublicAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return null;
  // process(): an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 one it is.
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : (RANGE_NAMES[range] ?? `a special-purpose address (${range})`);
}

/** URL.hostname keeps an IPv6 literal's brackets, and a fully qualified name's final dot. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** The refusal for a receiver at this host (a name or a literal address), said to whoever added it. */
export function refusedReceiver(host: string, why: string): string {
  return `Webhooks are sent only to public internet addresses, and ${host} is ${why}. An operator can allow receivers on private networks with WEBHOOK_ALLOW_PRIVATE=true.`;
}

/**
 * What can be told from the URL alone, when it is added: a literal address, or a name that
 * always means this machine. Names are checked again, resolved, every time a webhook is sent.
 */
export function receiverRefusal(url: URL, policy: ReceiverPolicy): string | null {
  if (policy === 'any') return null;
  const host = hostOf(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return refusedReceiver(host, RANGE_NAMES.loopback!);
  const why = nonPublicAddress(host);
  return why ? refusedReceiver(host, why) : null;
}
