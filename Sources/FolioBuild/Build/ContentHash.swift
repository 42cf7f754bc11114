//! SHA-256 of files and bytes (GLib's GChecksum, already linked through Pango), and cache
//! keys built from named parts.

import CGLib
import Foundation

/// Hex SHA-256 digests of bytes and files.
///
/// GLib's `GChecksum` replaces swift-crypto, whose BoringSSL was 365 of the 385 C/C++
/// compile steps of a clean release build while the project used it for SHA-256 alone.
/// The digests are the same (tested against the FIPS 180-2 vectors).
public enum ContentHash {
    public static func sha256(_ data: some DataProtocol) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else {
            preconditionFailure("GLib could not create a SHA-256 checksum")
        }
        defer { g_checksum_free(checksum) }
        for region in data.regions {
            region.withUnsafeBytes { raw in
                guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
                g_checksum_update(checksum, base, raw.count)
            }
        }
        return String(cString: g_checksum_get_string(checksum))
    }

    public static func sha256(_ string: String) -> String { sha256(Data(string.utf8)) }

    /// Digest of a file's bytes; throws when the file cannot be read.
    public static func sha256(file path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.internalError("error: cannot read \(path)")
        }
        return sha256(data)
    }
}

/// Builds a cache key from labelled parts. Every part is written as `label=value` on its
/// own line, so two different lists of inputs can never produce the same text.
public struct CacheKey: Sendable {
    private var lines: [String] = []
    public init(_ kind: String) { lines.append("kind=\(kind)"); lines.append("folio=\(FolioVersion.current)") }

    public mutating func add(_ label: String, _ value: String) {
        lines.append(label + "=" + value.replacingOccurrences(of: "\n", with: "\\n"))
    }

    public var digest: String { ContentHash.sha256(lines.joined(separator: "\n")) }
}
