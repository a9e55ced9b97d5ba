import Foundation

#if canImport(Synchronization) && os(Linux)
import Synchronization
#endif

/// Removes the temporary file of an output being written when the run is interrupted.
///
/// SIGINT, SIGTERM and SIGHUP end the run with 128 + the signal's number (130, 143, 129), after
/// unlinking the temporary file `OutputFile` is writing, so an interrupted run leaves neither a
/// partial document nor a stray `.name.pid.n.tmp`. The handler only calls `unlink` and `_exit`,
/// which are async-signal-safe: the path lives in a preallocated C buffer, written before it is
/// published with one atomic store, so a signal arriving on any thread never sees half a path.
enum InterruptCleanup {
    private static let capacity = Int(PATH_MAX) + 1

    /// Two path buffers: one is published while the other is being filled.
    nonisolated(unsafe) fileprivate static let buffers: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 2 * capacity)
        p.initialize(repeating: 0, count: 2 * capacity)
        return p
    }()

    #if canImport(Synchronization) && os(Linux)
    /// 0: nothing to remove; 1 or 2: the buffer holding the path.
    fileprivate static let published = Atomic<Int32>(0)
    fileprivate static func load() -> Int32 { published.load(ordering: .acquiring) }
    private static func publish(_ index: Int32) { published.store(index, ordering: .releasing) }
    #else
    nonisolated(unsafe) fileprivate static var publishedValue: Int32 = 0
    fileprivate static func load() -> Int32 { publishedValue }
    private static func publish(_ index: Int32) { publishedValue = index }
    #endif

    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once (they stay for the rest of the run).
    static func install() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        // Touch the globals now: their lazy initialisation must not run inside the handler.
        _ = buffers
        _ = load()
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGINT, SIGTERM, SIGHUP] {
            signal(s, interruptHandler)
            sigaddset(&set, s)
        }
        // A parent may have started us with these blocked (they are inherited): an interruption
        // must still end the run and clean up.
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Makes `path` the file an interruption removes.
    static func track(_ path: String) {
        install()
        let bytes = Array(path.utf8.prefix(capacity - 1))
        let index: Int32 = load() == 1 ? 2 : 1
        let target = buffers + Int(index - 1) * capacity
        for (i, b) in bytes.enumerated() { target[i] = CChar(bitPattern: b) }
        target[bytes.count] = 0
        publish(index)
    }

    /// Nothing to remove any more (the file was renamed into place or already removed).
    static func clear() { publish(0) }
}

/// The signal handler: async-signal-safe calls only.
private func interruptHandler(_ signal: Int32) {
    let index = InterruptCleanup.load()
    if index != 0 { unlink(InterruptCleanup.buffers + Int(index - 1) * (Int(PATH_MAX) + 1)) }
    _exit(128 + signal)
}
