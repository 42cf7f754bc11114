//! SHA-256 of input files, remembered while a file's identity and times stay the same.

import Foundation

/// Digests of files kept between the builds of one watch session: a file is read and hashed
/// again only when its inode, size, modification or status-change time (nanoseconds) differ
/// from those it had when hashed. Any write changes the status-change time, so a save is
/// never missed. Not thread-safe: one build at a time.
final class FileDigests: @unchecked Sendable {
    private struct Stamp: Equatable { var inode: UInt64; var size: Int64; var modified: Int64; var changed: Int64 }
    private var known: [String: (Stamp, String)] = [:]

    /// The digest of `path`, from memory when the file is as it was.
    func sha256(file path: String) throws -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return try ContentHash.sha256(file: path) }
        let stamp = Stamp(inode: UInt64(st.st_ino), size: Int64(st.st_size),
                          modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                          changed: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec))
        if let (was, digest) = known[path], was == stamp { return digest }
        let digest = try ContentHash.sha256(file: path)
        known[path] = (stamp, digest)
        return digest
    }
}
