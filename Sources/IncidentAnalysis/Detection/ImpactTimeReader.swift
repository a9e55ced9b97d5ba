import Foundation

/// Reads when impact began from what people wrote: "errors began 14:02 UTC", "since 9:30",
/// "since about 3pm yesterday", "no data since market open", "First seen: 2024-11-06 13:59:12 UTC".
///
/// Clock times are read on the message's own day in the writer's zone (or the one the text
/// names), and moved back a day when "yesterday" is said or the time would lie after the message.
struct ImpactTimeReader: Sendable {
    /// Zone words people type (normalised), to their zones.
    let zones: [String: TimeZone]
    /// Moments people name instead of a clock time, local to the writer; longest phrase first.
    let moments: [(phrase: String, hour: Int, minute: Int)]
    /// Day names by `Calendar` weekday (1 = Sunday), in the languages the rules speak.
    let weekdays: [String: Int]
    /// Words that put a named time on the day before.
    let earlierDay: [String]
    /// Words that make a named time a deadline ("cutoff", "deadline").
    let deadline: [String]
    /// The clock-time pattern, its zone words taken from the rules; compiled once per analysis.
    let clockPattern: NSRegularExpression?
    /// What may stand between two clock times that make a span (normalised).
    let rangeWords: Set<String>

    /// A reader speaking the rules' time words.
    init(_ words: RuleSet.TimeWords) {
        var zones: [String: TimeZone] = [:]
        for (word, id) in words.zones { zones[TextNormalizer.normalize(word)] = TimeZone(identifier: id) }
        self.zones = zones
        moments = words.moments.compactMap { phrase, time in
            RuleSet.TimeWords.clock(time).map { (TextNormalizer.normalize(phrase), $0.hour, $0.minute) }
        }.sorted { ($0.phrase.count, $1.phrase) > ($1.phrase.count, $0.phrase) }
        var weekdays: [String: Int] = [:]
        for (day, names) in words.weekdays {
            guard let index = RuleSet.TimeWords.dayNames.firstIndex(of: day) else { continue }
            for name in names { weekdays[TextNormalizer.normalize(name)] = index + 1 }
        }
        self.weekdays = weekdays
        earlierDay = words.earlierDay.map { TextNormalizer.normalize($0) }
        deadline = words.deadline.map { TextNormalizer.normalize($0) }
        rangeWords = Set(words.rangeWords.map { TextNormalizer.normalize($0) })
        // Longest first, so "cest" is not read as "cet" and a stray "s". A year may stand between a
        // time and its zone, as openssl prints a certificate's dates ("14:05:00 2024 GMT").
        let zoneAlternatives = zones.keys.sorted { ($0.count, $1) > ($1.count, $0) }.map(NSRegularExpression.escapedPattern(for:))
        let zoneGroup = zoneAlternatives.isEmpty ? "(?!)" : zoneAlternatives.joined(separator: "|")
        let pattern = #"(?<!\d)(?<!\d[:.])(\d{1,2})(?:[:h](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h|uhr)?\s*(?:(?:19|20)\d{2}\s+(?=[a-z]))?("# + zoneGroup + #")?(?![a-z0-9_])"#
        clockPattern = try? NSRegularExpression(pattern: pattern)
    }

    /// The instant a text names as the start, given when it was written and the writer's zone.
    ///
    /// Of several clock times the first that can be a start counts: "*Update (9:30am)*: slow since
    /// just after 9am", posted at 9:29, names its own time first.
    func instant(in text: NormalizedText, writtenAt: Date, zone: TimeZone) -> Date? {
        let lower = Self.readable(text)
        if let iso = Self.isoDateTime(in: lower) { return iso }
        let times = clockTimes(in: lower)
        for time in times {
            if let t = date(of: time, in: lower, writtenAt: writtenAt, zone: zone) { return t }
        }
        guard times.isEmpty, let moment = moments.first(where: { lower.contains($0.phrase) }) else { return nil }
        let named = ClockTime(
            hour: moment.hour, minute: moment.minute, second: 0, zone: nil, at: (lower as NSString).range(of: moment.phrase),
            mayBeEvening: false)
        return date(of: named, in: lower, writtenAt: writtenAt, zone: zone)
    }

    /// The span a text names from one clock time to another ("impact roughly 9:06–9:45 CT",
    /// "between 23:46 and 00:11 UTC", "12:01〜12:34"), its start dated as `instant` dates a start
    /// and its end the first such time after it.
    func window(in text: NormalizedText, writtenAt: Date, zone: TimeZone) -> (start: Date, end: Date)? {
        let lower = Self.readable(text)
        let times = clockTimes(in: lower)
        guard times.count >= 2 else { return nil }
        let ns = lower as NSString
        for (a, b) in zip(times, times.dropFirst()) {
            let gapStart = a.at.location + a.at.length
            guard b.at.location >= gapStart else { continue }
            var gap = ns.substring(with: NSRange(location: gapStart, length: b.at.location - gapStart)).trimmingCharacters(in: .whitespaces)
            // "12:20 a ~13:37": an "about" before the end is no part of what joins the two.
            if gap.count > 1 { gap = gap.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "~≈"))) }
            guard rangeWords.contains(gap) else { continue }
            // "9:06–9:45 ct": the zone after the end is the start's too.
            let from = ClockTime(hour: a.hour, minute: a.minute, second: a.second, zone: a.zone ?? b.zone, at: a.at, mayBeEvening: a.mayBeEvening && b.mayBeEvening)
            guard let start = date(of: from, in: lower, writtenAt: writtenAt, zone: zone) else { continue }
            var minutes = ((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) + 1440) % 1440
            // "11:30 to 1:15" in a 12-hour habit is an hour and three quarters, not thirteen.
            if minutes > 720, a.mayBeEvening || b.mayBeEvening { minutes -= 720 }
            return (start, start.addingTimeInterval(Double(minutes * 60)))
        }
        return nil
    }

    /// A time of day named in a text.
    private struct ClockTime {
        let hour: Int, minute: Int, second: Int
        /// The zone the text names beside the time ("06:40 utc"), nil for the writer's.
        let zone: TimeZone?
        /// Where the time is named, in UTF-16 offsets of the normalised text.
        let at: NSRange
        /// A bare 1:00–11:59 with no leading zero, am/pm or zone, which a 12-hour habit may mean as the evening.
        let mayBeEvening: Bool
    }

    /// The instant of a clock time named in `text`, on the message's day or the one the text implies;
    /// nil when it names the message's own time (up to half an hour after it, no "yesterday").
    private func date(of time: ClockTime, in text: String, writtenAt: Date, zone writerZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = time.zone ?? writerZone
        var day = calendar.dateComponents([.year, .month, .day], from: writtenAt)
        day.hour = time.hour
        day.minute = time.minute
        day.second = time.second
        guard var result = calendar.date(from: day) else { return nil }
        // "the 05:30 ATM cutoff is at risk": a deadline ahead, not when anything began.
        if namesDeadline(text, near: time.at) { return nil }
        if let weekday = namedWeekday(text, near: time.at) {
            // "Tuesday 02:10": the last Tuesday at or before the message.
            let back = (calendar.component(.weekday, from: result) - weekday + 7) % 7
            result = calendar.date(byAdding: .day, value: -back, to: result) ?? result
            if result > writtenAt { result = calendar.date(byAdding: .day, value: -7, to: result) ?? result }
            return result
        }
        let earlierDay = saysEarlierDay(text, near: time.at)
        // "work starts today from 22:30", said at 21:58: a time up to a few hours ahead is a plan, not
        // yesterday's start.
        if !earlierDay, result > writtenAt, result.timeIntervalSince(writtenAt) <= 3 * 3600 { return nil }
        if earlierDay || result > writtenAt {
            result = calendar.date(byAdding: .day, value: -1, to: result) ?? result
        }
        // "6:48" said at 19:08 without am/pm or zone: in a 12-hour habit it is the evening, 20 minutes ago.
        if time.mayBeEvening, let evening = calendar.date(byAdding: .hour, value: 12, to: result), evening <= writtenAt {
            result = evening
        }
        return result
    }

    /// True when a text names a day of the week: a start it dates may lie days back ("fre 7 mars 02:14").
    func namesWeekday(_ text: NormalizedText) -> Bool {
        weekday(in: text.string) != nil
    }

    /// The weekday named next to the time, in the same clause ("Tuesday 02:10", "at 9:30 on Monday").
    private func namedWeekday(_ text: String, near at: NSRange) -> Int? {
        let (before, after) = Self.clause(text, around: at, before: 24, after: 16)
        return weekday(in: before + " " + after)
    }

    /// The first day of the week among the words of `text`, by `Calendar` weekday.
    private func weekday(in text: String) -> Int? {
        text.split { !$0.isLetter }.lazy.compactMap { weekdays[String($0)] }.first
    }

    /// The text just before and after `at` (up to the given lengths), cut at the clause's ends.
    private static func clause(_ text: String, around at: NSRange, before: Int, after: Int) -> (String, String) {
        let ns = text as NSString
        let lo = max(0, at.location - before)
        let hi = min(ns.length, at.location + at.length + after)
        var head = ns.substring(with: NSRange(location: lo, length: at.location - lo))
        var tail = ns.substring(with: NSRange(location: at.location + at.length, length: hi - at.location - at.length))
        let clauseEnd: (Character) -> Bool = { $0 == "," || $0 == "." || $0 == ";" }
        if let cut = head.lastIndex(where: clauseEnd) { head = String(head[head.index(after: cut)...]) }
        if let cut = tail.firstIndex(where: clauseEnd) { tail = String(tail[..<cut]) }
        return (head, tail)
    }

    /// True when a deadline word stands next to the named time, in the same clause.
    private func namesDeadline(_ text: String, near at: NSRange) -> Bool {
        let (before, after) = Self.clause(text, around: at, before: 16, after: 16)
        let clause = before + " " + after
        // A single word matches whole ("sla", not inside "slack"); a phrase as written.
        let words = Set(clause.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init))
        return deadline.contains { $0.contains(" ") ? clause.contains($0) : words.contains($0) }
    }

    /// True when "yesterday" (or its like) stands next to the named time, in the same clause
    /// ("yesterday at 8pm", "since 11pm last night"); in "since 8am, rolling back yesterday's
    /// deploy" it is about the deploy, not the time.
    private func saysEarlierDay(_ text: String, near at: NSRange) -> Bool {
        let (before, after) = Self.clause(text, around: at, before: 20, after: 14)
        return earlierDay.contains { before.contains($0) || after.contains($0) }
    }

    /// The text as the clock pattern reads it: no stamp of the message's own time in front, and
    /// CJK clock times written the western way.
    static func readable(_ text: NormalizedText) -> String {
        westernClock(withoutLeadingStamp(text.string))
    }

    /// The text without a log-style stamp of its own time in front ("[14:18] logs: … since 13:52"):
    /// teams that type one on every line name the message's time, not the start.
    static func withoutLeadingStamp(_ s: String) -> String {
        let bytes = Array(s.utf8.prefix(12))
        guard bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")), close >= 5 else { return s }
        let inside = bytes[1..<close]
        guard inside.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ":") }), inside.contains(UInt8(ascii: ":")) else { return s }
        return String(s.utf8.dropFirst(close + 1)) ?? s
    }

    /// Japanese, Korean and Chinese clock times written as "8時41分", "14시 5분", "7点28分", "8時半" or a
    /// bare "18시" as "8:41", "14:05", "7:28", "8:30", "18:00"; "3時間", "3시간" and "3小时" are durations.
    static func westernClock(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0xE0 }) else { return s }
        guard let regex = cjkClock else { return s }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            let hour = ns.substring(with: m.range(at: 1))
            let minute = m.range(at: 2).location != NSNotFound ? ns.substring(with: m.range(at: 2)) : m.range(at: 3).location != NSNotFound ? "30" : "00"
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += hour + ":" + (minute.count == 1 ? "0" + minute : minute)
            last = m.range.location + m.range.length
        }
        return last == 0 ? s : out + ns.substring(from: last)
    }

    /// An hour mark (時, 시, 点/點) after one or two digits, not starting a word for hours, with
    /// its minutes (分, 분) or half past (半, 반) when given.
    private static let cjkClock = try? NSRegularExpression(pattern: #"(?<!\d)(\d{1,2})\s?(?:時|시|点|點)(?!間|간)(?:\s?(\d{1,2})\s?(?:分|분)|\s?(半|반))?"#)

    /// `2024-11-06 13:59:12 utc` / `2024-11-06t13:59:12z`.
    private static func isoDateTime(in s: String) -> Date? {
        let chars = Array(s)
        guard chars.count >= 16 else { return nil }
        for i in 0...(chars.count - 16) {
            let c = chars[i..<(i + 16)]
            let str = String(c)
            guard c[c.startIndex].isNumber, str.range(of: #"^\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}"#, options: .regularExpression) != nil else { continue }
            var rest = String(chars[i...].prefix(30))
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            rest = rest.replacingOccurrences(of: "t", with: " ", options: [], range: rest.index(rest.startIndex, offsetBy: 10)..<rest.index(rest.startIndex, offsetBy: 11))
            for (format, length) in [("yyyy-MM-dd HH:mm:ss", 19), ("yyyy-MM-dd HH:mm", 16)] where rest.count >= length {
                f.dateFormat = format
                if let d = f.date(from: String(rest.prefix(length))) { return d }
            }
        }
        return nil
    }

    /// Every time of day in `s`, in order: `14:02`, `9:30am`, `3 pm`, `3pm`, `06:40 utc`, French `9h41`.
    /// A time may run straight into Han or Hangul ("20:02:14네요"), which has no spaces.
    private func clockTimes(in s: String) -> [ClockTime] {
        guard let regex = clockPattern else { return [] }
        let ns = s as NSString
        var found: [ClockTime] = []
        for match in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            guard let hourText = group(1), var hour = Int(hourText) else { continue }
            let minute = group(2).flatMap(Int.init)
            let second = group(3).flatMap(Int.init) ?? 0
            let meridiem = group(4)
            // A bare number is a time only with am/pm ("3pm"); "14:02" needs its minutes.
            if minute == nil && (meridiem == nil || meridiem == "h" || meridiem == "uhr") { continue }
            if let m = meridiem, m.hasPrefix("p"), hour < 12 { hour += 12 }
            if let m = meridiem, m.hasPrefix("a"), hour == 12 { hour = 0 }
            guard hour < 24, (minute ?? 0) < 60, second < 60 else { continue }
            // A zone word ("6:48 utc") is the 24-hour habit of logs and alerts.
            let zoneWord = group(5)
            let bare = meridiem == nil && zoneWord == nil && (1...11).contains(hour) && !hourText.hasPrefix("0")
            found.append(
                ClockTime(
                    hour: hour, minute: minute ?? 0, second: second, zone: zoneWord.flatMap { zones[$0] }, at: match.range,
                    mayBeEvening: bare))
        }
        return found
    }
}
