import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingCommand } from '../../../src/platforms/text/settings.ts';

describe('one text → command mapping for settings (console and Slack share it)', () => {
  it('dm: on/yes/true/1 and off/no/false/0 in any case; anything else is a question back, never a guess', () => {
    const word = fc.constantFrom('on', 'yes', 'true', '1', 'off', 'no', 'false', '0');
    fc.assert(
      fc.property(word, fc.boolean(), (w, upper) => {
        const plan = settingCommand('dm', upper ? w.toUpperCase() : w);
        expect('command' in plan && plan.command).toEqual({ type: 'user_settings', reminderDms: ['on', 'yes', 'true', '1'].includes(w) });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }).filter((s) => !/^\s*(on|yes|true|1|off|no|false|0)\s*$/i.test(s)), (s) => {
        expect(settingCommand('dm', s)).toHaveProperty('problem');
      }),
    );
  });

  it('every setting reads to one core command', () => {
    expect(settingCommand('tz', ' Europe/Berlin ')).toMatchObject({ command: { type: 'user_settings', timezone: 'Europe/Berlin' } });
    expect(settingCommand('workspace-tz', 'est')).toMatchObject({ command: { type: 'workspace_settings', timezone: 'est' } });
    expect(settingCommand('reminders', '15m, 1d')).toMatchObject({ command: { type: 'workspace_settings', reminderOffsets: ['PT15M', 'P1D'] } });
    expect(settingCommand('reminders', 'soonish')).toHaveProperty('problem');
    expect(settingCommand('locale', 'en-GB')).toMatchObject({ command: { type: 'user_settings', locale: 'en-GB' } });
    expect(settingCommand('all-day', '8:30')).toMatchObject({ command: { type: 'workspace_settings', allDayReminderAt: 510 } });
    expect(settingCommand('my-reminders', 'default')).toMatchObject({ command: { type: 'user_settings', reminderOffsets: null } });
  });

  it('own reminders with reminder DMs off say that none are sent, not that they are', () => {
    const plan = settingCommand('my-reminders', '1h');
    if (!('command' in plan)) throw new Error('expected a command');
    expect(plan.said({ reminderDms: false })).toMatch(/reminder DMs are off, so none are sent until you turn them on: settings dm on/);
    expect(plan.said({ reminderDms: false })).not.toMatch(/you're reminded/);
    expect(plan.said({ reminderDms: true })).toMatch(/you're reminded by DM 1 hour before/);
  });
});
