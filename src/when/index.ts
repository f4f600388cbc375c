/** Natural-language time: text + now + zone -> start, end, all-day, recurrence. */
export { parseWhen } from './parse.ts';
export { splitTitleAndWhen } from './split-title.ts';
export { readWhen } from './read.ts';
export { WRITTEN_DATE } from './words.ts';
export { allDayText, describeRecurrence, describeWhen, discordTimestamp, slackDate, stamp } from './describe.ts';
export type { ParseOptions, ParsedWhen, WhenError, WhenErrorCode, WhenQuestion, WhenRefusal, WhenResult, SplitResult, SplitWhen } from './types.ts';
