import Foundation
import IncidentAnalysis
import SlackExport

/// Formats instants in the incident's zone and durations for people, identically on every machine.
///
/// Patterns are explicit (`dateStyle` inserts U+202F on some platforms) and the locale is fixed,
/// so neither the host's zone nor its language can change a document.
struct DisplayFormatting {
    /// The zone every time is shown in.
    let zone: TimeZone
    /// The calendar day (`yyyy-MM-dd` in `zone`) times are measured against: times on other days
    /// carry their date.
    let referenceDay: String

    private let clockFormatter: DateFormatter
    private let dayFormatter: DateFormatter
    private let longDayFormatter: DateFormatter
    private let minuteFormatter: DateFormatter
    private let shortDayFormatter: DateFormatter

    init(zone: TimeZone, reference: Date?) {
        self.zone = zone
        func formatter(_ pattern: String) -> DateFormatter {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.calendar = Calendar(identifier: .gregorian)
            f.timeZone = zone
            f.dateFormat = pattern
            return f
        }
        clockFormatter = formatter("HH:mm:ss")
        dayFormatter = formatter("yyyy-MM-dd")
        longDayFormatter = formatter("EEEE, d MMMM yyyy")
        minuteFormatter = formatter("HH:mm")
        shortDayFormatter = formatter("d MMM")
        let day = dayFormatter
        referenceDay = reference.map { day.string(from: $0) } ?? ""
    }

    /// `09:35:40`, or `2024-07-16 00:38:12` on another day than the reference day.
    func time(_ date: Date) -> String {
        let day = dayFormatter.string(from: date)
        let clock = clockFormatter.string(from: date)
        return day == referenceDay ? clock : "\(day) \(clock)"
    }

    /// `09:35`, or `16 Jul 00:38` on another day than the reference day (for compact labels).
    func shortTime(_ date: Date) -> String {
        let day = dayFormatter.string(from: date)
        let clock = minuteFormatter.string(from: date)
        return day == referenceDay ? clock : "\(shortDayFormatter.string(from: date)) \(clock)"
    }

    /// `09:35` always, for axis ticks.
    func clock(_ date: Date) -> String { minuteFormatter.string(from: date) }

    /// `16 Jul`.
    func shortDay(_ date: Date) -> String { shortDayFormatter.string(from: date) }

    /// `2024-07-15 09:35:40 EDT`.
    func dateTime(_ date: Date) -> String {
        "\(dayFormatter.string(from: date)) \(clockFormatter.string(from: date)) \(Self.abbreviation(of: zone, at: date))"
    }

    /// `2024-07-15`.
    func day(_ date: Date) -> String { dayFormatter.string(from: date) }

    /// `Monday, 15 July 2024`.
    func longDay(_ date: Date) -> String { longDayFormatter.string(from: date) }

    /// The zone's usual abbreviation at `date` (`EDT`, `CET`, `IST`), else its offset.
    static func abbreviation(of zone: TimeZone, at date: Date) -> String { TimeFormatter.abbreviation(of: zone, at: date) }

    /// A duration for people (`42 s`, `7 min 5 s`, `1 h 24 min`, `2 d 3 h`): one definition for
    /// documents and `stats` (`IncidentStatistics.humanDuration`).
    static func duration(_ seconds: Int) -> String { IncidentStatistics.humanDuration(seconds) }
}

extension EventKind {
    /// `Root cause`, `Status update`: the kind as a heading word.
    var label: String {
        switch self {
        case .alert: return "Alert"
        case .symptom: return "Symptom"
        case .escalation: return "Escalation"
        case .hypothesis: return "Hypothesis"
        case .finding: return "Finding"
        case .action: return "Action"
        case .mitigation: return "Mitigation"
        case .resolution: return "Resolution"
        case .rootCause: return "Root cause"
        case .statusUpdate: return "Status update"
        case .followUp: return "Follow-up"
        case .noise: return "Noise"
        }
    }

    /// `root-cause`: the kind as a CSS class suffix.
    var cssName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}

extension MilestoneKind {
    /// `Impact start`, `Root cause identified`.
    var label: String {
        switch self {
        case .impactStart: return "Impact start"
        case .detected: return "Detected"
        case .acknowledged: return "Acknowledged"
        case .escalated: return "Escalated"
        case .rootCauseIdentified: return "Root cause identified"
        case .mitigated: return "Mitigated"
        case .resolved: return "Resolved"
        }
    }

    /// `impact-start`: as a CSS class suffix.
    var cssName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// The label drawn on the chart (short, so markers close together still fit).
    var shortLabel: String {
        switch self {
        case .impactStart: return "Impact"
        case .detected: return "Detected"
        case .acknowledged: return "Ack"
        case .escalated: return "Escalated"
        case .rootCauseIdentified: return "Root cause"
        case .mitigated: return "Mitigated"
        case .resolved: return "Resolved"
        }
    }
}

extension ParticipantRole {
    /// `Incident commander`.
    var label: String {
        switch self {
        case .incidentCommander: return "Incident commander"
        case .responder: return "Responder"
        case .stakeholder: return "Stakeholder"
        case .bot: return "Bot"
        }
    }
}

extension HypothesisOutcome {
    /// `ruled out`.
    var label: String {
        switch self {
        case .ruledOut: return "ruled out"
        case .confirmed: return "confirmed"
        case .unresolved: return "unresolved"
        }
    }

    /// `ruled-out`: as a CSS class suffix.
    var cssName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}
