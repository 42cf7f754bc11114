//! The sRGB profile carried in the binary for PDF/A's output intent.

@testable import FolioExport
import Foundation
import XCTest

final class SRGBProfileTests: XCTestCase {
    /// The bytes are Debian's `icc-profiles-free` file, which the Makefile installs.
    func testProfileIsDebiansSRGB() throws {
        let installed = "/usr/share/color/icc/sRGB.icc"
        let debian = try XCTUnwrap(FileManager.default.contents(atPath: installed), "\(installed) is missing: make deps installs icc-profiles-free")
        XCTAssertEqual(try SRGBProfile.bytes.get(), [UInt8](debian))
        XCTAssertEqual(try Flate.inflate(SRGBProfile.compressed.get()), try SRGBProfile.bytes.get())
    }

    /// A damaged profile is an error that says what is wrong, never an output intent.
    func testDamagedProfilesAreNamedErrors() throws {
        let good = try SRGBProfile.bytes.get()
        func message(_ bytes: [UInt8]) -> String? {
            if case .failure(let error) = SRGBProfile.validate(bytes) { return error.description }
            return nil
        }
        XCTAssertNil(message(good))
        XCTAssertEqual(message(Array(good.prefix(64))), "pdf post-processing: the sRGB profile has 64 bytes, fewer than an ICC header's 128")
        XCTAssertEqual(message(good + [0]), "pdf post-processing: the sRGB profile declares 6922 bytes but has 6923")
        var unsigned = good
        unsigned[36] = UInt8(ascii: "x")
        XCTAssertEqual(message(unsigned), "pdf post-processing: the sRGB profile lacks the ICC signature 'acsp' at byte 36")
        var cmyk = good
        cmyk.replaceSubrange(16..<20, with: Array("CMYK".utf8))
        XCTAssertEqual(message(cmyk), "pdf post-processing: the sRGB profile describes 'CMYK' colours, not RGB")
        guard case .failure(let error) = SRGBProfile.decode("not base64!") else { return XCTFail("bad base64 was accepted") }
        XCTAssertEqual(error.description, "pdf post-processing: the built-in sRGB profile is not valid base64")
    }
}
