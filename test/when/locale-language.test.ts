/** A reader whose locale is in another language still types English times (commands are English). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const NOW = new Date('2027-03-24T19:00:00Z');
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'friday', 'saturday', 'tomorrow'];
const LOCALES = ['de-DE', 'fr-FR', 'pt-BR', 'es-ES', 'nl-NL', 'it-IT', 'de'];
const instant = (r: ReturnType<typeof readWhen>) => (r.ok ? [r.value.parsed.start.getTime(), r.value.parsed.end?.getTime() ?? null, r.value.title] : r.error.code);

describe('English times for readers in other languages', () => {
  it('read as they do in day-first English (en-GB), title and all', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...DAYS),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('am', 'pm'),
        fc.constantFrom('Stammtisch', 'Team sync', 'Futebol'),
        (locale, day, hour, ap, title) => {
          const text = `${title} ${day} ${hour}${ap}`;
          const opts = { now: NOW, timezone: 'Europe/Berlin' };
          expect(instant(readWhen(text, { ...opts, locale })), `${text} (${locale})`).toEqual(instant(readWhen(text, { ...opts, locale: 'en-GB' })));
        },
      ),
    );
  });

  it('numeric dates follow the locale: 5/4 is 5 April for de-DE and pt-BR', () => {
    for (const locale of ['de-DE', 'pt-BR']) {
      const r = readWhen('Retro 5/4 15:00', { now: NOW, timezone: 'Europe/Berlin', locale });
      expect(r.ok && r.value.parsed.start.toISOString(), locale).toBe('2027-04-05T13:00:00.000Z');
    }
  });

  it('their own words still read ("morgen um 19 Uhr"), and an English refusal of a skipped hour stands', () => {
    const morgen = readWhen('morgen um 19 Uhr', { now: NOW, timezone: 'Europe/Berlin', locale: 'de-DE' });
    expect(morgen.ok && morgen.value.parsed.start.toISOString()).toBe('2027-03-25T18:00:00.000Z');
    const skipped = readWhen('Server maintenance sun 2:30am', { now: NOW, timezone: 'Europe/Berlin', locale: 'de-DE' });
    expect(skipped.ok).toBe(false);
  });

  it('messages quote the line as typed, not rewritten month first', () => {
    for (const locale of ['pt-BR', 'en-GB']) {
      const r = readWhen('Party 31/11 8pm', { now: NOW, timezone: 'America/Sao_Paulo', locale });
      expect(!r.ok && r.error.message, locale).toContain("'Party 31/11 8pm'");
    }
  });
});

describe('titles cut around the time phrase', () => {
  it.each([
    ['tmrw 8pm — Raid night', 'Raid night'],
    ['fri 6pm - happy hour', 'happy hour'],
    ['Every monday 7pm: Choir practice', 'Choir practice'],
    ['Raid night — fri 8pm', 'Raid night'],
  ])('%s → %s', (text, title) => {
    const r = readWhen(text, { now: NOW, timezone: 'Europe/Berlin', locale: 'en-GB' });
    expect(r.ok && r.value.title).toBe(title);
  });
});

describe('numbers that force the date order', () => {
  it('a day over 12 is the day, whichever order the reader writes in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('en-US', 'en-GB', 'de-DE'), fc.boolean(), (d, m, locale, dayFirst) => {
        const text = `Party ${dayFirst ? `${d}/${m}` : `${m}/${d}`} 6pm`;
        const r = readWhen(text, { now: NOW, timezone: 'UTC', locale });
        const start = r.ok ? r.value.parsed.start : null;
        expect([start?.getUTCMonth(), start?.getUTCDate()], `${text} (${locale})`).toEqual([m - 1, d]);
      }),
    );
  });
});
