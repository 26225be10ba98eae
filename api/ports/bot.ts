/** Where a bot message goes: a conversation at a Bot Connector service URL. */
export interface BotConversation {
  serviceUrl: string;
  conversationId: string;
}

/** The Bot Connector, for proactive messages with no user request behind them. */
export interface BotConnector {
  /** Opens (or finds) the bot's 1:1 conversation with a Teams user (`29:` id); resolves to its id. */
  openPersonalConversation(serviceUrl: string, tenantId: string, teamsUserId: string): Promise<string>;
  /** Sends a message with one Adaptive Card; `text` is the notification preview. */
  sendCard(to: BotConversation, text: string, card: object): Promise<{ activityId: string }>;
}
