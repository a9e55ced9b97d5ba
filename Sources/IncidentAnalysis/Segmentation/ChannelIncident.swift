import Foundation
import SlackExport

/// One incident found inside a longer channel by ``IncidentSplitter``.
public struct ChannelIncident: Sendable, Equatable {
    /// What opened the incident.
    public enum Trigger: String, Sendable, Equatable, CaseIterable {
        /// An alerting bot's firing alert that people answered.
        case alert
        /// An incident bot's declaration ("Incident declared: …").
        case declaration
        /// A person's report of symptoms (or of a declared incident) that people answered.
        case report
    }

    /// The incident's number in its channel, from 1, in order of start.
    public var number: Int
    /// The first message's `ts`: the alert, declaration or report that opened it.
    public var start: SlackTimestamp
    /// The last message's `ts`, thread replies included.
    public var end: SlackTimestamp
    /// A title guessed from the opening alert or report (its first line of three words or more).
    public var title: String
    /// What opened the incident.
    public var trigger: Trigger
    /// The closing message (an incident bot's "resolved", a person's all-clear), when one was seen.
    public var closedTS: SlackTimestamp?
    /// The incident's messages as a conversation of their own: every top-level message from the
    /// start to the end that belongs to it, with all replies of its threads.
    public var conversation: Conversation

    /// Creates an incident.
    public init(
        number: Int, start: SlackTimestamp, end: SlackTimestamp, title: String, trigger: Trigger, closedTS: SlackTimestamp?,
        conversation: Conversation
    ) {
        self.number = number
        self.start = start
        self.end = end
        self.title = title
        self.trigger = trigger
        self.closedTS = closedTS
        self.conversation = conversation
    }

    /// How many messages the incident holds: top-level messages, thread replies and channel
    /// notices (joins, topic changes) alike.
    public var messageCount: Int { conversation.messages.count }

    /// True when a closing message was seen.
    public var isClosed: Bool { closedTS != nil }
}
