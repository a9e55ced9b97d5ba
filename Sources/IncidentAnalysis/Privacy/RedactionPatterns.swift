import Foundation

/// One kind of sensitive text the redactor finds, and how.
struct RedactionPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and documented as thread-safe.
    /// What the replacement says: `[redacted: <label>]`.
    let label: String
    let regex: NSRegularExpression
    /// The capture group replaced (0: the whole match); the rest of the match is kept.
    let group: Int
    /// Lower-case substrings one of which a text must hold before the expression is tried (speed);
    /// empty: always tried.
    let triggers: [[UInt8]]
    /// A last check on the match and the captured value; nil accepts every match.
    let accept: (@Sendable (_ match: String, _ value: String) -> Bool)?

    init(
        _ label: String, _ pattern: String, group: Int = 0, caseInsensitive: Bool = false, triggers: [String],
        accept: (@Sendable (String, String) -> Bool)? = nil
    ) {
        self.label = label
        // swift-format-ignore: NeverUseForceTry
        // The patterns are constants checked by the tests; a typo must fail loudly at once.
        self.regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        self.group = group
        self.triggers = triggers.map { Array($0.utf8) }
        self.accept = accept
    }

    /// True when `text` may hold a match: it contains one of the triggers (ASCII case folded).
    func mayMatch(_ text: String) -> Bool {
        triggers.isEmpty || triggers.contains { text.containsBytes($0, foldingASCIICase: true) }
    }
}

/// The patterns behind `--redact`, in the order they run (the README lists them).
enum RedactionPatterns {
    /// Credentials people paste by accident: always on with `--redact`.
    static let secrets: [RedactionPattern] = [
        // Whole blocks first, so nothing inside is matched piecemeal; an unterminated block runs to the end.
        RedactionPattern(
            "private key", #"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\z)"#,
            triggers: ["private key"]),
        RedactionPattern("jwt", #"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"#, triggers: ["eyj"]),
        RedactionPattern("slack token", #"\bxox(?:[abposr]|e(?:\.xox[a-z])?)-[A-Za-z0-9-]{8,}"#, triggers: ["xox"]),
        RedactionPattern("slack token", #"\bxapp-[0-9]-[A-Za-z0-9-]{8,}"#, triggers: ["xapp-"]),
        RedactionPattern(
            "slack webhook", #"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+"#, triggers: ["hooks.slack.com"]),
        RedactionPattern("github token", #"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"#, triggers: ["gh", "github_pat_"]),
        RedactionPattern("gitlab token", #"\bglpat-[A-Za-z0-9_-]{20,}"#, triggers: ["glpat-"]),
        RedactionPattern("aws access key", #"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"#, triggers: ["akia", "asia"]),
        RedactionPattern(
            "aws secret key", #"(aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)(["']?\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"#,
            group: 3, caseInsensitive: true, triggers: ["secret"]),
        RedactionPattern("google api key", #"\bAIza[0-9A-Za-z_-]{35}"#, triggers: ["aiza"]),
        RedactionPattern("stripe key", #"\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}"#, triggers: ["k_live_", "k_test_"]),
        RedactionPattern("bearer token", #"\bbearer\s+([A-Za-z0-9._~+/-]{16,}=*)"#, group: 1, caseInsensitive: true, triggers: ["bearer"]),
        RedactionPattern("credentials", #"\bauthorization:\s*basic\s+([A-Za-z0-9+/]{8,}={0,2})"#, group: 1, caseInsensitive: true, triggers: ["basic"]),
        RedactionPattern(
            "password", #"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@\[\]]+:([^/\s@\[\]]+)@"#, group: 1, triggers: ["://"],
            accept: { _, value in !value.hasPrefix("[redacted") }),
        // `key: value`, `key=value` and `key value` pairs. After `=` any value counts; after `:` (prose:
        // "token: expired") only one that looks generated, with a digit or 16 characters or more; after
        // a space only one with letters and digits and 12 characters or more ("token tok_5up3r53cr3t").
        RedactionPattern(
            "secret",
            #"\b(api[_-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|secret[_-]?key|private[_-]?token|token|secret|password|passwd|pwd)(["']?[ \t]*[:=][ \t]*["']?|[ \t]+)([^\s"'<>&,;()\[\]{}]{4,})"#,
            group: 3, caseInsensitive: true, triggers: ["key", "token", "secret", "passw", "pwd"],
            accept: { match, value in
                if value.hasPrefix("[redacted") || value.lowercased() == "redacted" { return false }
                let separator = match.dropLast(value.count)
                if separator.contains("=") { return true }
                if separator.contains(":") { return value.contains(where: \.isNumber) || value.count >= 16 }
                return value.count >= 12 && value.contains(where: \.isNumber) && value.contains(where: \.isLetter)
            }),
    ]

    /// Email addresses (`--redact emails`).
    static let emails: [RedactionPattern] = [
        RedactionPattern("email", #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#, triggers: ["@"])
    ]

    /// Phone numbers (`--redact phones`): international `+…` numbers and North American `(555) 123-4567`.
    static let phones: [RedactionPattern] = [
        RedactionPattern("phone", #"(?<![\w.+/-])\+[0-9]{1,3}(?:[ .-]?\(?[0-9]{1,4}\)?){2,5}(?![0-9A-Za-z_]|\.[0-9])"#, triggers: ["+"],
            accept: { match, _ in match.filter(\.isNumber).count >= 8 }),
        RedactionPattern("phone", #"(?<![\w.+/-])(?:\([0-9]{3}\)\s?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}(?![0-9A-Za-z_]|\.[0-9])"#, triggers: []),
    ]

    /// Query parameters that carry credentials in shared links; their values are always removed.
    static let urlTokens = RedactionPattern(
        "url token",
        #"([?&;#](?:t|token|access_token|auth_token|id_token|refresh_token|api_key|apikey|sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential)=)([^&#\s<>"'\[\])]+)"#,
        group: 2, caseInsensitive: true, triggers: ["="],
        accept: { _, value in value != "REDACTED" })
}
