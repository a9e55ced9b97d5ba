/// Bounds that keep a hostile or broken export from exhausting memory, disk or time.
///
/// Each can be raised from the command line; the defaults fit any real incident channel and a
/// year-long one.
public struct ReadLimits: Sendable, Equatable {
    /// Largest single file or archive entry read, in bytes (uncompressed).
    public var maxFileBytes: Int
    /// Largest total of uncompressed bytes read from one archive.
    public var maxTotalBytes: Int
    /// Deepest JSON nesting accepted.
    public var maxJSONDepth: Int
    /// Most files or archive entries considered.
    public var maxEntries: Int
    /// Longest message `text` kept, in UTF-8 bytes; longer text is cut with a warning. Slack itself
    /// stops at 40,000 characters; parsing costs about 25 bytes of memory per byte of text.
    public var maxMessageBytes: Int

    /// Creates limits; the defaults are 1 GiB per file, 16 GiB in all, depth 512, 1,000,000 entries
    /// and 1 MiB of text per message.
    public init(
        maxFileBytes: Int = 1 << 30, maxTotalBytes: Int = 16 << 30, maxJSONDepth: Int = 512,
        maxEntries: Int = 1_000_000, maxMessageBytes: Int = 1 << 20
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxEntries = maxEntries
        self.maxMessageBytes = maxMessageBytes
    }
}
