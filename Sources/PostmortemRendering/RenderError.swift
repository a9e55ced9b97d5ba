import Foundation

/// Why a document could not be rendered.
public enum RenderError: Error, Sendable, Equatable {
    /// `--template NAME` names no built-in template.
    case unknownTemplate(name: String, format: DocumentFormat?, available: [String])
    /// `--template PATH` names no file.
    case templateNotFound(path: String)
    /// The template file exists but cannot be read.
    case unreadableTemplate(path: String, reason: String)
    /// One or more problems in a template: syntax, unknown keys, unknown partials.
    case invalidTemplate([TemplateProblem])

    /// True when the user asked for something that does not exist (a usage error, not bad data).
    public var isUsageError: Bool {
        if case .unknownTemplate = self { return true }
        return false
    }

    /// True when a template file is missing or unreadable.
    public var isMissingInput: Bool {
        switch self {
        case .templateNotFound, .unreadableTemplate: return true
        default: return false
        }
    }
}

/// A problem at a place in a template file.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (`my.mustache`) or the built-in's name (`markdown/default.mustache`).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String {
        if let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file):\(line): \(message)"
    }
}

extension RenderError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownTemplate(let name, let format, let available):
            let forFormat = format.map { " for \($0.rawValue)" } ?? ""
            return "no built-in template '\(name)'\(forFormat); built-in templates: \(available.joined(separator: ", ")) (or give a path to a .mustache file)"
        case .templateNotFound(let path):
            return "\(path): no such template file"
        case .unreadableTemplate(let path, let reason):
            return "\(path): cannot read the template: \(reason)"
        case .invalidTemplate(let problems):
            return problems.map(\.description).joined(separator: "\n")
        }
    }
}

extension RenderError: LocalizedError {
    public var errorDescription: String? { description }
}
