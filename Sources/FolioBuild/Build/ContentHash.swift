//! SHA-256 of files and bytes (swift-crypto), and cache keys built from named parts.

import Crypto
import Foundation

/// Hex SHA-256 digests of bytes and files.
public enum ContentHash {
    public static func sha256(_ data: some DataProtocol) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
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
