//! Runs a command as a child process and measures its wall time and its own peak memory
//! (`ru_maxrss` from `wait4`), so each benchmark case is measured alone.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The measured run of one child process.
public struct ChildRun: Sendable {
    public var seconds: Double
    /// Peak resident set size of the child, in MiB.
    public var peakMiB: Double
    /// User plus system CPU time of the child, in seconds (less disturbed by other load than wall time).
    public var cpuSeconds: Double
    public var exitStatus: Int32
    public var standardOutput: String
    public var standardError: String
}

public enum ChildProcess {
    /// Path of the running executable (`/proc/self/exe`).
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    public static func run(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:]) throws -> ChildRun {
        let temp = FileManager.default.temporaryDirectory.path
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let outPath = "\(temp)/folio-bench-\(token).out", errPath = "\(temp)/folio-bench-\(token).err"
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var env = ProcessInfo.processInfo.environment
        for (k, v) in extra { env[k] = v }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }

        var pid: pid_t = 0
        let start = ContinuousClock.now
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw CommandFailure.internalError("error: cannot start \(executable) (errno \(rc))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = (ContinuousClock.now - start).seconds
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let read = { (p: String) in FileManager.default.contents(atPath: p).flatMap { String(data: $0, encoding: .utf8) } ?? "" }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ChildRun(seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024, cpuSeconds: cpu, exitStatus: code,
                        standardOutput: read(outPath), standardError: read(errPath))
    }
}
