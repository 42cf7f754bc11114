//! Removes the staging folders of builds that died (killed, out of memory, power cut), so
//! `.OUT.staging-*` folders do not pile up beside the output folder.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A staging folder is named `.OUT.staging-<pid>-<random>` and holds a small owner file
/// with the host name. At the start of a build, every staging folder of the same output
/// whose process is gone on this host is removed. A folder is kept when its process still
/// runs (`kill(pid, 0)` does not answer "no such process"), when it belongs to this very
/// process (another build of `folio watch` or of a test), or when another host made it
/// (a shared volume: that host's processes cannot be seen from here).
enum StaleStaging {
    /// Inside each staging folder; never moved into the output folder.
    static let ownerFile = ".folio-staging-owner"

    /// `.OUT.staging-` for the output folder `OUT`.
    static func prefix(of output: URL) -> String { ".\(output.lastPathComponent).staging-" }

    /// Records which host made the folder.
    static func writeOwner(into staging: URL) throws {
        try Data((hostName + "\n").utf8).write(to: staging.appendingPathComponent(ownerFile))
    }

    /// Removes the abandoned staging folders of `output`; returns their names (sorted).
    @discardableResult
    static func removeAbandoned(besides output: URL) -> [String] {
        let parent = output.deletingLastPathComponent()
        let prefix = prefix(of: output)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            guard let pid = processID(in: String(name.dropFirst(prefix.count))), isAbandoned(pid: pid) else { continue }
            let folder = parent.appendingPathComponent(name)
            if let owner = try? String(contentsOf: folder.appendingPathComponent(ownerFile), encoding: .utf8),
               owner.trimmingCharacters(in: .whitespacesAndNewlines) != hostName {
                continue
            }
            if (try? FileManager.default.removeItem(at: folder)) != nil { removed.append(name) }
        }
        return removed
    }

    /// The `<pid>` of `<pid>-<random>`, nil for names Folio did not make.
    static func processID(in suffix: String) -> pid_t? {
        let parts = suffix.split(separator: "-")
        guard parts.count == 2, UInt32(parts[1]) != nil, let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }

    /// True when no process `pid` exists (and it is not this one).
    static func isAbandoned(pid: pid_t) -> Bool {
        guard pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// `gethostname`, without any name lookup.
    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
