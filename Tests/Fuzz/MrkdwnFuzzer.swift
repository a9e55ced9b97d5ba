// libFuzzer target for Slack text: the mrkdwn parser and the plain, Markdown and HTML renderers;
// input that is a JSON array is also read as Block Kit blocks.
//
// Besides "never crash", it checks what the renderers promise: a Markdown table cell is one line,
// and the HTML is well-formed XHTML made only of the renderer's own tags, with every `&` an entity
// and every link http, https or mailto.
//
// Compiled by Scripts/fuzz.sh together with the SlackExport sources (one module). Not part of any
// SwiftPM target.

@_cdecl("LLVMFuzzerTestOneInput")
public func mrkdwnFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let names = NameLookup(user: { $0.hasPrefix("U1") ? "ana <b>&" : nil }, channel: { $0 == "C1" ? "incident" : nil })
    check(MrkdwnParser.parse(text), names: names)
    if bytes.first == UInt8(ascii: "["), let (value, _) = try? JSONParser.parse(bytes), let blocks = value.array {
        check(RichTextBlocks.parse(blocks), names: names)
    }
    return 0
}

private func check(_ rich: RichText, names: NameLookup) {
    _ = rich.plainText(names: names)
    _ = rich.markdown(names: names)
    let cell = rich.markdownInline(names: names)
    if cell.contains("\n") { fatalError("a Markdown table cell spans lines: \(cell)") }
    checkXHTML(rich.html(names: names))
}

private let allowedTags: Set<String> = ["p", "blockquote", "pre", "code", "a", "br", "ol", "ul", "li", "strong", "em", "del"]
private let entities = ["amp;", "lt;", "gt;", "quot;", "#39;"].map { Array($0.utf8) }

/// Fails unless `html` is balanced XHTML of the renderer's own tags.
private func checkXHTML(_ html: String) {
    let u = Array(html.utf8)
    var stack: [String] = []
    var i = 0
    while i < u.count {
        switch u[i] {
        case UInt8(ascii: "<"):
            guard let close = u[i...].firstIndex(of: UInt8(ascii: ">")) else { fatalError("unclosed tag in \(html)") }
            var tag = String(decoding: u[(i + 1)..<close], as: UTF8.self)
            if tag.hasPrefix("/") {
                tag.removeFirst()
                guard stack.popLast() == tag else { fatalError("mismatched </\(tag)> in \(html)") }
            } else if tag == "br/" {
                // Self-closing.
            } else {
                let name = String(tag.prefix { $0 != " " })
                guard allowedTags.contains(name) else { fatalError("unexpected tag <\(tag)> in \(html)") }
                if name == "a" {
                    let lower = tag.lowercased()
                    guard lower.hasPrefix("a href=\"http://") || lower.hasPrefix("a href=\"https://") || lower.hasPrefix("a href=\"mailto:") || lower.hasPrefix("a href=\"http:") || lower.hasPrefix("a href=\"https:") else {
                        fatalError("unsafe link <\(tag)> in \(html)")
                    }
                } else if name != tag, !(name == "ol" && tag.hasPrefix("ol start=\"")) {
                    fatalError("unexpected attributes <\(tag)> in \(html)")
                }
                stack.append(name)
            }
            i = close + 1
        case UInt8(ascii: ">"):
            fatalError("bare '>' in \(html)")
        case UInt8(ascii: "&"):
            guard entities.contains(where: { e in u.count - i - 1 >= e.count && Array(u[(i + 1)..<(i + 1 + e.count)]) == e }) else {
                fatalError("bare '&' in \(html)")
            }
            i += 1
        default:
            i += 1
        }
    }
    if !stack.isEmpty { fatalError("unclosed <\(stack.last!)> in \(html)") }
}
