import Foundation
import XCTest
@testable import FolioBuild

/// SHA-256 through GLib must give the FIPS 180-2 digests, so manifests and cache keys written
/// with swift-crypto stay valid.
final class ContentHashTests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(ContentHash.sha256(""),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(ContentHash.sha256("abc"),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testMillionAsInOneRegionAndManyAreTheSame() {
        let bytes = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(ContentHash.sha256(bytes),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var pieces = DispatchData.empty
        for start in stride(from: 0, to: bytes.count, by: 65_536) {
            bytes[start..<min(start + 65_536, bytes.count)].withUnsafeBytes { pieces.append($0) }
        }
        XCTAssertEqual(ContentHash.sha256(pieces), ContentHash.sha256(bytes))
    }
}
