import Foundation
import PostmortemTestSupport

/// A workspace export full of text that tries to break out of a document: script tags,
/// `javascript:` links, event-handler attributes, unbalanced markup, CDATA and comment
/// terminators, control characters, table pipes and backticks. Written to a temporary folder.
struct HostileExport {
    let root: URL
    var path: String { root.appendingPathComponent("export").path }

    static let channelName = "inc-<x>&\"q\"'"

    init() throws {
        root = try TestPaths.temporaryFolder("hostile")
        let users = """
            [
              {"id": "U01", "name": "mallory", "real_name": "<script>alert('name')</script>", "tz": "Europe/Berlin",
               "profile": {"display_name": "\\"><img src=x onerror=alert(1)>", "title": "a|b `c` <b>d</b> \\u0007"}},
              {"id": "U02", "name": "eve", "real_name": "Eve ]]> --> <!-- &amp; &nbsp;", "tz": "Europe/Berlin",
               "profile": {"display_name": "", "title": "javascript:alert(1)"}},
              {"id": "U03", "name": "trent", "real_name": "Trent | `pipe`", "tz": "Europe/Berlin"}
            ]
            """
        let channels = """
            [{"id": "C0HOSTILE", "name": \(Self.json(Self.channelName)),
              "topic": {"value": "<script>alert('topic')</script>"}, "purpose": {"value": "<iframe src=//evil.example>"}}]
            """
        let t0 = 1_721_050_500
        func ts(_ minute: Int, _ n: Int = 0) -> String { "\(t0 + minute * 60).\(String(format: "%06d", 100 + n))" }
        let parent = ts(3)
        let messages: [String] = [
            ##"{"type": "message", "subtype": "bot_message", "bot_id": "B01", "username": "<script>Alerts</script>", "text": "", "ts": "\##(ts(0))", "attachments": [{"color": "danger\" onload=\"alert(1)", "title": "[Triggered] checkout 5xx > 5% <img src=x onerror=alert(1)>", "title_link": "javascript:alert(document.cookie)", "text": "p99 > 2s <script>alert(2)</script>", "fallback": "[Triggered] checkout <svg onload=alert(1)>"}]}"##,
            ##"{"type": "message", "user": "U01", "text": "<!here> checkout is down <script>alert('x')</script> &lt;script&gt;alert(2)&lt;/script&gt; <javascript:alert(1)|click me> <JAVASCRIPT:alert(1)> <data:text/html;base64,PHNjcmlwdD4=|data> <vbscript:msgbox|vb> < javascript:alert(1)|spaced> <https://ok.example/?a=1&amp;b=%22x%22|fine link>", "ts": "\##(ts(1))"}"##,
            ##"{"type": "message", "user": "U02", "text": "ack, looking. control: bell\u0007 nul\u0000 esc\u001b[31m bs\u0008 ff\u000c del\u007f nel\u0085 nonchar\ufffe ok", "ts": "\##(ts(2))"}"##,
            ##"{"type": "message", "user": "U01", "text": "#hypothesis is it <b>dns</b> | or `the | cache`? \" onmouseover=\"alert(1)\" x='<img src=x onerror=alert(1)>'", "ts": "\##(parent)", "thread_ts": "\##(parent)", "reply_count": 2, "reactions": [{"name": "<b>x</b>\" onclick=\"y", "count": 2, "users": ["U01", "U02"]}]}"##,
            ##"{"type": "message", "user": "U02", "text": "ruled out, not dns: *bold _italic ~strike `code ```block without end </div></td></table></body></html> <!-- c --> ]]> <![CDATA[ x ]]> &nbsp; &#0; &#xD800; &bogus;", "ts": "\##(ts(4))", "thread_ts": "\##(parent)"}"##,
            ##"{"type": "message", "user": "U03", "text": "| col | col |\n|---|---|\n| a | b |\n```\n</pre><script>alert(3)</script>\n```\n> quote <@U01|\"><script>> <#C0HOSTILE|<b>chan> :<script>: <!subteam^S1|<img src=x>>", "ts": "\##(ts(5))", "thread_ts": "\##(parent)", "subtype": "thread_broadcast"}"##,
            ##"{"type": "message", "user": "U01", "text": "root cause: the <b>cache</b> flag `a|b` | rolled it back, mitigated", "ts": "\##(ts(9))", "files": [{"id": "F1", "name": "<script>.png", "title": "x\" onerror=\"y"}]}"##,
            ##"{"type": "message", "user": "U03", "text": "#action <script>fix</script> the | timeout — <@U02> owns it <javascript:alert(9)|docs>", "ts": "\##(ts(12))"}"##,
            ##"{"type": "message", "user": "U02", "text": "resolved ✅ <mailto:oncall@example.com|mail us> <http://example.com/a_(b)|paren> <https://example.com/\"><script>|quote>", "ts": "\##(ts(20))"}"##,
        ]
        try write("export/users.json", users)
        try write("export/channels.json", channels)
        try write("export/\(Self.channelName)/2024-07-15.json", "[\n" + messages.joined(separator: ",\n") + "\n]")
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func json(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
