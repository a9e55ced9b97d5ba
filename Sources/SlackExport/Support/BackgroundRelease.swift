import Foundation

/// Frees large values on another thread.
///
/// Releasing a year-long channel's million messages (and the analysis built over them) takes a
/// second or more of a core; the caller has output to write meanwhile and need not wait for it.
package enum BackgroundRelease {
    /// Below this many messages freeing is quicker than starting a thread to do it.
    package static let worthwhileAbove = 20_000

    /// Drops `value` on a background queue when it holds more than `worthwhileAbove` messages
    /// (`messages` says how many), else here; the caller must hold no other reference to its
    /// storage for the freeing to happen there.
    package static func release<T: Sendable>(_ value: consuming T, messages: Int) {
        guard messages > worthwhileAbove else { return }
        let doomed = Doomed(value)
        DispatchQueue.global(qos: .utility).async { doomed.drop() }
    }

    /// Holds the value until the background task empties it.
    private final class Doomed<T: Sendable>: @unchecked Sendable {
        private var value: T?
        init(_ value: consuming T) { self.value = value }
        // Only the background task touches `value` after init.
        func drop() { value = nil }
    }
}
