import type { EventPatch } from '../../core/event-schema.ts';
import type { HeldChoice } from '../../core/time-questions.ts';
import type { CreateEventInput } from '../../core/event-schema.ts';
import type { ParsedWhen } from '../../when/index.ts';
import { choiceLabel, type Reader } from './interpret.ts';
import { droppedReply } from './replies.ts';
import type { DroppedAnswers } from '../../core/carry-answers.ts';

/** A candidate a door offers: how it reads for the person, and what picking it does. */
export interface Candidate {
  parsed: ParsedWhen;
  command: HeldChoice['command'];
}

export const createCandidate = (parsed: ParsedWhen, input: CreateEventInput): Candidate => ({ parsed, command: { type: 'create', input } });
export const updateCandidate = (parsed: ParsedWhen, event: string, patch: EventPatch): Candidate => ({ parsed, command: { type: 'update', event, patch } });

/** The candidates as the core holds them, each labelled the way this person reads times. */
export function heldChoices(candidates: Candidate[], reader: Reader, now: Date): HeldChoice[] {
  return candidates.map((c) => ({ label: choiceLabel(c.parsed, reader, now).slice(0, 200), command: c.command }));
}

/** What a door says once a pick went through. */
export function pickedText(p: { type: 'create' | 'update'; label: string; outcome: { event: { title: string; id: string }; dropped?: DroppedAnswers } }): string {
  return p.type === 'create'
    ? `Created "${p.outcome.event.title}" (${p.outcome.event.id}) for ${p.label}.`
    : `Updated "${p.outcome.event.title}": now ${p.label}.${droppedReply(p.outcome.dropped)}`;
}
