import type { BotFailure } from './bot-failures';

/** An activity our bot sent to the Bot Connector stand-in. */
export interface RecordedActivity {
  conversationId: string;
  activityId: string;
  replyToId?: string;
  kind: 'create' | 'send' | 'reply' | 'update' | 'delete';
  receivedAt: string;
  activity: Record<string, unknown>;
}

export interface RecordedConversation {
  id: string;
  createdAt: string;
  request: Record<string, unknown>;
}

/** What the Bot Connector stand-in has seen, plus where the bot under test listens. */
export class BotState {
  activities: RecordedActivity[] = [];
  conversations: RecordedConversation[] = [];
  /** Who each 1:1 conversation is with (person id), by conversation id. */
  members = new Map<string, string>();
  /** People the bot cannot reach, by person id. */
  failures = new Map<string, BotFailure>();
  sequence = 0;

  constructor(public endpoint: string | undefined) {}

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${Date.now().toString(36)}${this.sequence.toString(36).padStart(4, '0')}`;
  }

  /** The failure the person's conversation answers now, counting it down; undefined when it goes through. */
  failureFor(personId: string | undefined): BotFailure | undefined {
    const failure = personId ? this.failures.get(personId) : undefined;
    if (!failure) return undefined;
    if (failure.remaining !== null) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) this.failures.delete(personId!);
    }
    return failure;
  }

  /** Forgets what was sent; conversations stay open (the bot keeps its references) and reachability stays. */
  clear(): void {
    this.activities = [];
    this.conversations = [];
  }

  /** Back to nothing: no activities, conversations or reachability settings. */
  reset(): void {
    this.clear();
    this.members.clear();
    this.failures.clear();
  }
}
