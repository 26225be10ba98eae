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
  private sequence = 0;

  constructor(public endpoint: string | undefined) {}

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${Date.now().toString(36)}${this.sequence.toString(36).padStart(4, '0')}`;
  }

  clear(): void {
    this.activities = [];
    this.conversations = [];
  }
}
