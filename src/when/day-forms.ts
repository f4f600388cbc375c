/**
 * More spellings of a day, rewritten into forms the readers know (see grammar.ts for the rule
 * shape): "the current month" -> "this month"; "20 of next month" -> "the 20th of next month";
 * "on 24th", "for the 27" -> "on the 24th", "for the 27th"; "last day in october" -> "last day
 * of october"; "20161016" -> "2016-10-16".
 */
import { rule } from './rule.ts';
import { MONTH_SRC, WD_SRC, ordinalSuffix } from './words.ts';

const suffix = ordinalSuffix;

/** "the current month", "the previous month", "the following month" -> "this month", "last month", "next month". */
export const relativeMonth = rule(
  /(?<![\w])(?:the\s+)?(current|previous|preceding|following|coming|next)\s+month(?![\w])/g,
  (m) => `${m[1] === 'current' ? 'this' : m[1] === 'previous' || m[1] === 'preceding' ? 'last' : 'next'} month`,
);

/** "20 of next month", "20th of this month" -> "the 20th of next month" (never 20:00). */
export const dayOfRelativeMonth = rule(/(?<![\w:.\/-])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?=(?:this|next|last)\s+month(?![\w]))/g, (m) => {
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? `the ${n}${suffix(n)} of ` : null;
});

/** "on 24th", "for the 27" (then the end of the phrase, a clock or "at"): "on the 24th", "for the 27th". */
export const dayAfterOnFor = rule(
  new RegExp(
    `(?<![\\w])(on\\s+|for\\s+the\\s+)(\\d{1,2})(st|nd|rd|th)?(?![\\w:\\/-]|\\.\\d)(?!\\s*(?:am|pm|a\\.m|p\\.m|h\\b|o'?clock|${MONTH_SRC}(?![\\w])|of\\b|-|to\\s+\\d))`,
    'g',
  ),
  (m) => {
    const n = Number(m[2]);
    // "on 15" without a suffix is grammar.ts's onBareDay; here "on" needs the suffix, "for the" not.
    if (n < 1 || n > 31 || (m[1]!.startsWith('on') && !m[3])) return null;
    return `${m[1]!.startsWith('on') ? 'on the' : 'for the'} ${n}${suffix(n)}`;
  },
);

/** "last day in october 2015" -> "last day of october 2015" (chrono read "last day" as yesterday). */
export const lastDayIn = rule(new RegExp(`(?<![\\w])(last\\s+day)\\s+in\\s+(?=${MONTH_SRC}(?![\\w]))`, 'g'), (m) => `${m[1]} of `);

/** "20161016" -> "2016-10-16": eight digits that are a real year (1900-2099), month and day. */
export const compactDate = rule(/(?<![\w:.\/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w:\/-]|\.\d)/g, (m) => `${m[1]}-${m[2]}-${m[3]}`);

/** "weekday mornings", "on weekend evenings" -> "every weekday morning" (not every morning). */
export const weekdayParts = rule(/(?<![\w])(?:on\s+)?(weekday|weekend)\s+(morning|afternoon|evening|night)s(?![\w])/g, (m) => `every ${m[1]} ${m[2]}`);

/** "15th at 3pm", "Party 3rd 7pm" -> "the 15th at 3pm": an ordinal day said right before its clock. */
export const ordinalBeforeClock = rule(
  new RegExp(`(?<![\\w]|${MONTH_SRC}\\.?\\s+|the\\s+|on\\s+)(\\d{1,2})(st|nd|rd|th)(?=\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)(?![\\w]))`, 'g'),
  (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 31 ? `the ${m[1]}${m[2]}` : null),
);

/** "the beginning of next week", "start of this week" -> "monday next week" (weeks start on Monday). */
export const weekStart = rule(/(?<![\w])(?:the\s+)?(?:beginning|start)\s+of\s+(next|this)\s+week(?![\w'])/g, (m) => `monday ${m[1]} week`);

/** "saturday week", "a week on saturday", "a week saturday" -> "saturday after next" (British: a week after the coming one). */
export const weekdayWeek = rule(
  new RegExp(`(?<![\\w]|(?:next|this|last|every|each|of|the)\\s+)(?:a\\s+week\\s+(?:on\\s+)?(${WD_SRC})|(${WD_SRC})\\s+week)(?![\\w'])(?!\\s+(?:of|after|from)(?![\\w]))`, 'g'),
  (m) => `${m[1] ?? m[2]} after next`,
);

/** "tonite", "2nite" -> "tonight"; "arvo" (Australian) -> "afternoon"; "fri eve" -> "fri evening" (not "christmas eve"). */
export const tonightSpelling = rule(
  new RegExp(`(?<![\\w])(?:(tonite|2nite|2night)|(arvo)|(?<=(?:${WD_SRC}|today|tomorrow|this)\\s+)eve)(?![\\w])`, 'g'),
  (m) => (m[1] ? 'tonight' : m[2] ? 'afternoon' : 'evening'),
);

export const DAY_FORMS = [weekStart, weekdayWeek, ordinalBeforeClock, relativeMonth, dayOfRelativeMonth, dayAfterOnFor, lastDayIn, compactDate];
