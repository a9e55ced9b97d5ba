/// Checks a Mustache template's tags against the documented context keys.
///
/// swift-mustache renders an unknown key as nothing, so a typo (`{{titel}}`) silently loses
/// content. This scanner reads the tags itself (it must know lines, which the library does not
/// expose) and reports every name the context does not have, with the line it is on. Inside a
/// section the keys of that section's items are in scope, as they are when rendering; a partial is
/// checked against every documented key, since it may be included inside any section.
struct TemplateChecker {
    /// The keys in scope at the top of a template.
    let schema: [TemplateKey]
    /// The names of the partials a template may include.
    let partials: Set<String>

    /// Every problem in `text`, in order; `file` labels them.
    func check(_ text: String, file: String, isPartial: Bool, lineOffset: Int = 0) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var scopes: [[TemplateKey]] = [schema]
        var open: [(name: String, line: Int)] = []
        var openDelimiter = Array("{{")
        var closeDelimiter = Array("}}")
        let chars = Array(text)
        var i = 0
        var line = 1 - lineOffset

        func report(_ l: Int, _ message: String) {
            problems.append(TemplateProblem(file: file, line: max(l, 1), message: message))
        }

        while i < chars.count {
            if chars[i].isNewline {
                line += 1
                i += 1
                continue
            }
            guard Self.matches(chars, at: i, openDelimiter) else {
                i += 1
                continue
            }
            let tagLine = line
            var j = i + openDelimiter.count
            var triple = false
            if openDelimiter == Array("{{"), j < chars.count, chars[j] == "{" {
                triple = true
                j += 1
            }
            let close = triple ? Array("}") + closeDelimiter : closeDelimiter
            var k = j
            while k < chars.count, !Self.matches(chars, at: k, close) { k += 1 }
            let content = String(chars[j..<min(k, chars.count)])
            for c in content where c.isNewline { line += 1 }
            guard k < chars.count else {
                report(tagLine, "a tag is not closed (missing '\(String(closeDelimiter))')")
                break
            }
            i = k + close.count
            if triple {
                check(name: content.trimmed, line: tagLine, scopes: scopes, isPartial: isPartial, report: report)
                continue
            }
            let trimmed = content.trimmed
            guard let sigil = trimmed.first else {
                report(tagLine, "empty tag")
                continue
            }
            let rest = String(trimmed.dropFirst()).trimmed
            switch sigil {
            case "!", "%":
                continue
            case "=":
                // {{=<% %>=}}: new delimiters.
                let inner = rest.hasSuffix("=") ? String(rest.dropLast()).trimmed : rest
                let parts = inner.split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 {
                    openDelimiter = Array(parts[0])
                    closeDelimiter = Array(parts[1])
                } else {
                    report(tagLine, "bad set-delimiter tag '\(trimmed)'")
                }
            case ">":
                if rest.hasPrefix("*") { continue }
                if !partials.contains(rest) {
                    let known = partials.sorted().joined(separator: ", ")
                    report(tagLine, "unknown partial '\(rest)'" + (known.isEmpty ? "" : " (partials: \(known))"))
                }
            case "<", "$":
                continue
            case "#", "^":
                let key = check(name: rest, line: tagLine, scopes: scopes, isPartial: isPartial, report: report)
                scopes.append(itemKeys(of: key))
                open.append((rest, tagLine))
            case "/":
                guard let last = open.last else {
                    report(tagLine, "'{{/\(rest)}}' closes a section that was never opened")
                    continue
                }
                if last.name != rest {
                    report(tagLine, "'{{/\(rest)}}' closes section '\(last.name)' opened on line \(last.line)")
                }
                open.removeLast()
                scopes.removeLast()
            case "&":
                check(name: rest, line: tagLine, scopes: scopes, isPartial: isPartial, report: report)
            default:
                check(name: trimmed, line: tagLine, scopes: scopes, isPartial: isPartial, report: report)
            }
        }
        for section in open.reversed() {
            report(section.line, "section '\(section.name)' is never closed (add {{/\(section.name)}})")
        }
        return problems
    }

    /// Resolves a tag's name (`a.b`, `.`, `uppercased(a)`) in the scopes; reports it when unknown.
    @discardableResult
    private func check(name raw: String, line: Int, scopes: [[TemplateKey]], isPartial: Bool, report: (Int, String) -> Void) -> TemplateKey? {
        let name = Self.variableName(raw)
        if name.isEmpty || name == "." { return nil }
        let explicitLocal = name.hasPrefix(".")
        let path = name.split(separator: ".").map(String.init)
        guard let first = path.first else { return nil }
        var found: TemplateKey?
        let searched = explicitLocal ? Array(scopes.suffix(1)) : scopes.reversed()
        for scope in searched {
            if let key = scope.first(where: { $0.name == first }) {
                found = key
                break
            }
        }
        if found == nil, isPartial { found = Self.anywhere(first, in: schema) }
        guard var key = found else {
            var message = "unknown key '\(name)'"
            let owners = Self.owners(of: first, in: schema, path: "")
            if !owners.isEmpty {
                message += " here; it is a key of the items of \(owners.joined(separator: ", ")): use it inside {{#\(owners[0])}}…{{/\(owners[0])}}"
            } else {
                message += " (see Templates/README.md for the keys)"
            }
            report(line, message)
            return nil
        }
        var walked = first
        for component in path.dropFirst() {
            guard let child = itemKeys(of: key).first(where: { $0.name == component }) else {
                report(line, "unknown key '\(name)': '\(walked)' has no key '\(component)'")
                return nil
            }
            walked += "." + component
            key = child
        }
        return key
    }

    /// The keys in scope inside a section over `key`.
    private func itemKeys(of key: TemplateKey?) -> [TemplateKey] {
        guard let key else { return [] }
        if key.name == "replies" { return TemplateContext.eventKeys }
        return key.children ?? []
    }

    /// `title` from `title`, `uppercased(title)`, `reversed(sorted(list))`; empty for `first()`.
    static func variableName(_ raw: String) -> String {
        var s = Substring(raw.trimmed)
        while let open = s.firstIndex(of: "("), s.last == ")" {
            s = s[s.index(after: open)..<s.index(before: s.endIndex)]
        }
        return String(s).trimmed
    }

    private static func anywhere(_ name: String, in keys: [TemplateKey]) -> TemplateKey? {
        for key in keys {
            if key.name == name { return key }
            if let children = key.children, let found = anywhere(name, in: children) { return found }
        }
        return nil
    }

    /// The lists and objects (by path) whose items have a key `name`.
    private static func owners(of name: String, in keys: [TemplateKey], path: String) -> [String] {
        var out: [String] = []
        for key in keys {
            guard let children = key.children, key.name != "replies" else { continue }
            let here = path.isEmpty ? key.name : path + "." + key.name
            if children.contains(where: { $0.name == name }) { out.append(here) }
        }
        return out
    }

    private static func matches(_ chars: [Character], at i: Int, _ pattern: [Character]) -> Bool {
        guard i + pattern.count <= chars.count, !pattern.isEmpty else { return false }
        for (offset, c) in pattern.enumerated() where chars[i + offset] != c { return false }
        return true
    }
}

extension String {
    fileprivate var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
