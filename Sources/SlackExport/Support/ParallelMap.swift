import Foundation

/// Maps an array on all cores, in chunks, keeping the order: day files decoded, messages
/// classified, guesses settled — work whose items need nothing from each other.
package enum ParallelMap {
    /// `transform(index, element)` for every element, `chunk` elements per task, results in input order.
    package static func map<T: Sendable, R: Sendable>(_ input: [T], chunk: Int = 512, _ transform: @Sendable (Int, T) -> R) -> [R] {
        guard input.count > chunk else { return input.enumerated().map { transform($0.offset, $0.element) } }
        let chunks = (input.count + chunk - 1) / chunk
        let slots = Slots<R>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(input.count, (c + 1) * chunk)
            slots.set(c, range.map { transform($0, input[$0]) })
        }
        return slots.joined()
    }

    /// Results by chunk, filled from several threads.
    private final class Slots<R>: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[R]]

        init(count: Int) { parts = Array(repeating: [], count: count) }

        func set(_ i: Int, _ part: [R]) {
            lock.lock()
            parts[i] = part
            lock.unlock()
        }

        func joined() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            return parts.flatMap { $0 }
        }
    }
}
