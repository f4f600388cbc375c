import { MessageFlags, type Interaction } from 'discord.js';
import { actorOf } from './actor.ts';
import { EVENT_OPTION } from './commands.ts';
import { decodeCustomId } from './custom-ids.ts';
import { describe } from './errors.ts';
import { handleAdmin } from './handlers/admin.ts';
import { handleAutocomplete } from './handlers/autocomplete.ts';
import { handleCalendar, handleFeed } from './handlers/calendar.ts';
import { handleCancel, handleDelete, handleDeleteAnswer } from './handlers/cancel.ts';
import { OOPS, type Ctx } from './handlers/context.ts';
import { handleCreate } from './handlers/create.ts';
import { handleEditCommand, handleEditSubmit, openOptionsForm } from './handlers/edit.ts';
import { handleOptionsSubmit } from './handlers/option-forms.ts';
import { handleHelp } from './handlers/help.ts';
import { handlePick } from './handlers/question.ts';
import { handleCardButton } from './handlers/rsvp.ts';
import { handleOfferButton } from './handlers/offer.ts';
import { handleShow, handleRsvpCommand } from './handlers/show.ts';
import { handleList, handleListPage } from './handlers/list.ts';
import { handleSettings } from './handlers/settings.ts';
import { SeenSet } from './lru.ts';

/**
 * Routes every interaction to its handler. A replayed interaction id is ignored (the core also
 * dedupes writes by the same id), and no exception escapes: the person gets an ephemeral apology.
 */
export class InteractionRouter {
  readonly #seen = new SeenSet(10_000);
  readonly #inflight = new Set<Promise<void>>();

  constructor(private readonly ctx: Ctx) {}

  /** For the client's interactionCreate listener. */
  readonly listener = (i: Interaction): void => {
    const p = this.handle(i).finally(() => this.#inflight.delete(p));
    this.#inflight.add(p);
  };

  /** Waits for handlers still running (for a clean shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#inflight]);
  }

  async handle(i: Interaction): Promise<void> {
    if (!this.#seen.add(i.id)) {
      this.ctx.log(`discord: interaction ${i.id} replayed; ignored`, 'debug');
      return;
    }
    try {
      await this.#route(i);
    } catch (err) {
      this.ctx.log(`discord: interaction ${i.id} failed: ${describe(err)}`, 'error', err);
      if (!i.isRepliable()) return;
      try {
        if (i.deferred || i.replied) await i.followUp({ content: OOPS, flags: MessageFlags.Ephemeral });
        else await i.reply({ content: OOPS, flags: MessageFlags.Ephemeral });
      } catch (e) {
        this.ctx.log(`discord: could not apologize for ${i.id}: ${describe(e)}`, 'warn', e);
      }
    }
  }

  async #route(i: Interaction): Promise<void> {
    // A seat offer's buttons live in a DM (no server): the button itself names the server.
    if (i.isButton()) {
      const offer = decodeCustomId(i.customId);
      if (offer?.kind === 'offer') return handleOfferButton(this.ctx, i, offer);
    }
    const actor = actorOf(i);
    if (!actor) {
      if (i.isRepliable()) await i.reply({ content: 'Convene works in servers: use /event in a server channel.', flags: MessageFlags.Ephemeral });
      return;
    }
    const ctx = this.ctx;
    if (i.isAutocomplete()) return handleAutocomplete(ctx, i, actor);
    if (i.isChatInputCommand()) {
      if (i.commandName !== 'event') return;
      const group = i.options.getSubcommandGroup(false);
      if (group === 'settings') return handleSettings(ctx, i, actor);
      if (group === 'api-key' || group === 'webhook') return handleAdmin(ctx, i, actor);
      switch (i.options.getSubcommand()) {
        case 'create':
          return handleCreate(ctx, i, actor);
        case 'edit':
          return handleEditCommand(ctx, i, actor);
        case 'cancel':
          return handleCancel(ctx, i, actor);
        case 'delete':
          return handleDelete(ctx, i, actor);
        case 'show':
          return handleShow(ctx, i, actor);
        case 'rsvp':
          return handleRsvpCommand(ctx, i, actor);
        case 'list':
          return handleList(ctx, i, actor);
        case 'calendar':
          return handleCalendar(ctx, i, actor, i.options.getString(EVENT_OPTION, true));
        case 'feed':
          return handleFeed(ctx, i, actor, i.options.getBoolean('reset') ?? false);
        case 'help':
          return handleHelp(i);
        default:
          return;
      }
    }
    if (i.isButton()) {
      const id = decodeCustomId(i.customId);
      if (id?.kind === 'calendar') return handleCalendar(ctx, i, actor, id.eventId);
      if (id?.kind === 'pick') return handlePick(ctx, i, actor, id);
      if (id?.kind === 'list') return handleListPage(ctx, i, actor, id);
      if (id?.kind === 'who' || id?.kind === 'more') return openOptionsForm(ctx, i, actor, id.kind, id.eventId);
      if (id?.kind === 'delete' || id?.kind === 'keep') return handleDeleteAnswer(ctx, i, actor, id);
      if (id && (id.kind === 'rsvp' || id.kind === 'every' || id.kind === 'approve' || id.kind === 'deny')) return handleCardButton(ctx, i, actor, id);
      await i.reply({ content: '⚠️ That button is from an older version of this card. Use /event show to get a fresh one.', flags: MessageFlags.Ephemeral });
      return;
    }
    if (i.isModalSubmit()) {
      const id = decodeCustomId(i.customId);
      if (id?.kind === 'edit') return handleEditSubmit(ctx, i, actor, id.eventId);
      if (id?.kind === 'who' || id?.kind === 'more') return handleOptionsSubmit(ctx, i, actor, id.kind, id.eventId);
    }
  }
}
