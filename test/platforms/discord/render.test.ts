import { commandProblems } from '../../harness/discord/strict/limits.ts';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, inviteUrl } from '../../../src/platforms/discord/commands.ts';
import { BOT_PERMISSIONS as FAKE_BOT_PERMISSIONS } from '../../harness/discord/permissions.ts';
import { decodeCustomId, encodeCustomId } from '../../../src/platforms/discord/custom-ids.ts';
import { nonceFor } from '../../../src/platforms/discord/nonce.ts';
import { cardComponents, cardEmbed } from '../../../src/platforms/discord/render/card.ts';
import { view } from '../../support/event-view.ts';
import { fitEmbed, totalEmbedLength, truncate } from '../../../src/platforms/discord/render/limits.ts';

describe('limits', () => {
  it('truncates with an ellipsis and never splits a surrogate pair', () => {
    expect(truncate('hello', 10)).toBe('hello');
    expect(truncate('hello world', 6)).toBe('hello…');
    const emoji = '😀'.repeat(10);
    const cut = truncate(emoji, 5);
    expect(cut.length).toBeLessThanOrEqual(5);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it('fits an oversized embed: description 4,096, total 6,000', () => {
    const e = fitEmbed({
      title: 't'.repeat(400),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1100) })),
      footer: { text: 'x' },
    });
    expect(e.title!.length).toBe(256);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.description!.endsWith('…')).toBe(true);
    expect(e.fields!.length).toBeLessThanOrEqual(25);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(totalEmbedLength(e)).toBeLessThanOrEqual(6000);
  });
});

describe('custom ids', () => {
  it('round-trips rsvp, approve and edit ids, occurrences with colons included', () => {
    const occ = '2026-11-27T19:00:00.000Z';
    for (const id of [
      { kind: 'rsvp', eventId: 'abcd1234', status: 'going' },
      { kind: 'rsvp', eventId: 'abcd1234', status: 'declined', occurrence: occ },
      { kind: 'approve', eventId: 'abcd1234', userId: '123456789012345678', occurrence: occ },
      { kind: 'deny', eventId: 'abcd1234', userId: '123456789012345678' },
      { kind: 'edit', eventId: 'abcd1234' },
      { kind: 'every', eventId: 'abcd1234', status: 'going' },
      { kind: 'every', eventId: 'abcd1234', status: 'none' },
    ] as const) {
      const raw = encodeCustomId(id);
      expect(raw.length).toBeLessThanOrEqual(100);
      expect(decodeCustomId(raw)).toEqual(id);
    }
    expect(decodeCustomId('rsvp:abcd1234:yes')).toBeNull();
    expect(decodeCustomId('every:abcd1234:always')).toBeNull();
    expect(decodeCustomId('nonsense')).toBeNull();
  });

  it('refuses an id over 100 characters', () => {
    expect(() => encodeCustomId({ kind: 'deny', eventId: 'x', userId: 'u'.repeat(120) })).toThrow(/100/);
  });
});

describe('card', () => {
  it('shows times as Discord timestamps, host, counts and RSVP buttons', () => {
    const v = view({ capacity: 2, seatsLeft: 1, counts: { going: 1, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 }, attendees: { going: ['u2'], maybe: [], waitlisted: [], pending: [], offered: [] } });
    const e = cardEmbed(v);
    const text = JSON.stringify(e);
    const unix = Math.floor(v.occurrence.start / 1000);
    expect(text).toContain(`<t:${unix}:F>`);
    expect(text).toContain(`<t:${unix}:R>`);
    expect(text).toContain('<@u1>');
    expect(text).toContain('1/2 going (1 left)');
    expect(text).toContain('<@u2>');
    const [row] = cardComponents(v);
    expect(row!.components.map((b) => ('custom_id' in b ? b.custom_id : 'url' in b ? b.url : ''))).toEqual([
      'rsvp:abcd1234:going',
      'rsvp:abcd1234:maybe',
      'rsvp:abcd1234:declined',
      'cal:abcd1234',
    ]);
  });

  it('a virtual event gets a Join link button; pending RSVPs get approve/deny', () => {
    const v = view({
      location: 'https://meet.example/x',
      joinUrl: 'https://meet.example/x',
      counts: { going: 0, maybe: 0, declined: 0, waitlisted: 0, pending: 3, offered: 0 },
      attendees: { going: [], maybe: [], waitlisted: [], pending: ['p1', 'p2', 'p3'], offered: [] },
    });
    const rows = cardComponents(v);
    expect(rows[0]!.components.at(-1)).toMatchObject({ style: 5, url: 'https://meet.example/x', label: 'Join' });
    const ids = rows.slice(1).flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids).toEqual(['approve:abcd1234:p1', 'deny:abcd1234:p1', 'approve:abcd1234:p2', 'deny:abcd1234:p2', 'approve:abcd1234:p3', 'deny:abcd1234:p3']);
  });

  it('a cancelled event has no buttons and says why; huge texts are cut', () => {
    const v = view({ status: 'cancelled', cancelReason: 'rain', description: 'x'.repeat(10_000), title: 'T'.repeat(300) });
    expect(cardComponents(v)).toEqual([]);
    const e = cardEmbed(v);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.description).toContain('**Cancelled**: rain');
    expect(e.title!.length).toBeLessThanOrEqual(256);
  });

  it('closed RSVPs disable the RSVP buttons; adding to a calendar still works', () => {
    const [row] = cardComponents(view({ rsvpOpen: false }));
    const rsvp = row!.components.filter((b) => 'custom_id' in b && b.custom_id.startsWith('rsvp:'));
    expect(rsvp).toHaveLength(3);
    expect(rsvp.every((b) => b.disabled === true)).toBe(true);
    expect(row!.components.find((b) => 'custom_id' in b && b.custom_id === 'cal:abcd1234')).toMatchObject({ label: 'Add to calendar', disabled: false });
  });
});

describe('commands and nonces', () => {
  it('defines /event with every subcommand, autocompleting event options', () => {
    const [cmd] = commandDefinitions();
    expect(cmd!.name).toBe('event');
    const names = cmd!.options!.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['create', 'edit', 'cancel', 'delete', 'show', 'list', 'settings', 'help']));
    const edit = cmd!.options!.find((o) => o.name === 'edit') as { options: { name: string; autocomplete?: boolean }[] };
    expect(edit.options[0]).toMatchObject({ name: 'event', autocomplete: true });
    // Discord's own rule (names, descriptions and choices share 4000 characters), as the strict fake checks it.
    expect(commandProblems(cmd as never)).toEqual([]);
  });

  it('nonces are at most 25 characters and stable per key', () => {
    expect(nonceFor('reminder:1:dm:u1').length).toBeLessThanOrEqual(25);
    expect(nonceFor('a')).toBe(nonceFor('a'));
    expect(nonceFor('a')).not.toBe(nonceFor('b'));
  });

  it('the invite URL asks for bot + applications.commands and the needed permissions', () => {
    const url = new URL(inviteUrl('123'));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(BigInt(url.searchParams.get('permissions')!)).toBe(
      (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 35n) | (1n << 38n) | (1n << 34n),
    );
    // The fake Discord grants the bot exactly this: a flow that needs more fails there with 50013.
    expect(BigInt(url.searchParams.get('permissions')!)).toBe(FAKE_BOT_PERMISSIONS);
  });
});

describe('the card says what kind of event it is and who may come (issue 14)', () => {
  it('kind, invite-only, hosts and the RSVP deadline; nothing extra for the defaults', () => {
    const e = cardEmbed(view({ kind: 'workshop', visibility: 'invite_only', creatorId: 'h1', hostIds: ['h1', 'h2'], rsvpDeadline: Date.parse('2026-11-26T18:00:00Z') }));
    expect(e.description).toContain('**Workshop** · **Only the hosts can RSVP (nobody is invited yet)**');
    expect(e.description).toContain(`RSVP by <t:${Date.parse('2026-11-26T18:00:00Z') / 1000}:f>`);
    expect(e.fields?.find((f) => f.name === 'Hosts')?.value).toBe('<@h1>, <@h2>');
    const plain = cardEmbed(view({ kind: 'other', visibility: 'public' }));
    expect(plain.description ?? '').not.toMatch(/Other|Public|Invite/);
  });
  it('names the invited roles, then up to three invited people, then "and N more"; never an @everyone', () => {
    const invitees = { users: ['300000000000000001', '300000000000000002', '300000000000000003', '300000000000000004', 'everyone'], roles: ['200000000000000001'] };
    const e = cardEmbed(view({ visibility: 'invite_only', invitees }));
    expect(e.description).toContain('**Only <@&200000000000000001>, <@300000000000000001>, <@300000000000000002>, <@300000000000000003> and 2 more can RSVP**');
    expect(JSON.stringify(e)).not.toMatch(/@everyone|@here|<@everyone>/);
  });

  it('custom ids for the delete question round-trip', () => {
    expect(decodeCustomId(encodeCustomId({ kind: 'delete', eventId: 'abcd1234' }))).toEqual({ kind: 'delete', eventId: 'abcd1234' });
    expect(decodeCustomId(encodeCustomId({ kind: 'keep', eventId: 'abcd1234' }))).toEqual({ kind: 'keep', eventId: 'abcd1234' });
    expect(decodeCustomId('delete:abcd1234:x')).toBeNull();
  });
});
