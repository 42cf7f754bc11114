//! Progress of a build: a progress bar on a terminal, one line per stage in CI, or nothing.

import Foundation

/// Receives the stages of a build. Called from worker threads: implementations lock.
public protocol BuildProgress: Sendable {
    func begin(_ stage: String, total: Int)
    func advance(_ stage: String, done: Int, total: Int)
    func end(_ stage: String, detail: String, seconds: Double)
}

/// Reports nothing (`--quiet`, tests).
public struct SilentProgress: BuildProgress {
    public init() {}
    public func begin(_ stage: String, total: Int) {}
    public func advance(_ stage: String, done: Int, total: Int) {}
    public func end(_ stage: String, detail: String, seconds: Double) {}
}

/// Writes progress to standard error: a redrawn bar with counts and elapsed time on a
/// terminal, plain `folio: stage: detail (1.23 s)` lines otherwise.
public final class ConsoleProgress: BuildProgress, @unchecked Sendable {
    public enum Style: Sendable { case bar, lines }
    public let style: Style
    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)

    public init(style: Style) { self.style = style }

    /// `.bar` on a terminal, `.lines` when standard error is not one or `CI` is set.
    public static func automatic() -> ConsoleProgress {
        let ci = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false
        return ConsoleProgress(style: isatty(STDERR_FILENO) == 1 && !ci ? .bar : .lines)
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    private var elapsed: String { String(format: "%.1f s", (ContinuousClock.now - start).seconds) }

    public func begin(_ stage: String, total: Int) {
        guard style == .bar else { return }
        lock.lock(); defer { lock.unlock() }
        draw(stage, done: 0, total: total)
    }

    public func advance(_ stage: String, done: Int, total: Int) {
        guard style == .bar else { return }
        lock.lock(); defer { lock.unlock() }
        let now = ContinuousClock.now
        guard done == total || now - lastDraw > .milliseconds(80) else { return }
        lastDraw = now
        draw(stage, done: done, total: total)
    }

    private func draw(_ stage: String, done: Int, total: Int) {
        let width = 28
        let filled = total > 0 ? width * done / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        write("\r\u{1b}[2K\(stage.padding(toLength: 8, withPad: " ", startingAt: 0)) \(bar) \(done)/\(total)  \(elapsed)")
    }

    public func end(_ stage: String, detail: String, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        let line = "folio: \(stage): \(detail) (\(String(format: "%.2f", seconds)) s)"
        write(style == .bar ? "\r\u{1b}[2K" + line + "\n" : line + "\n")
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
