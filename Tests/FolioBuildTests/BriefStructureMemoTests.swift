//! A watch session parses the brief structure again only when its bytes change.

@testable import FolioBuild
import FolioTestSupport
import Foundation
import XCTest

final class BriefStructureMemoTests: XCTestCase {
    func testTheKeptStructureIsTheFilesAsItIsNow() throws {
        let folder = try ExternalTools.temporaryDirectory("folio-brief-structure-memo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief-structure.yaml").path
        let original = try String(contentsOfFile: TestResources.layoutPath("brief-structure.yaml"), encoding: .utf8)
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let memory = BuildMemory()

        XCTAssertEqual(try memory.briefStructure(path: path), try BriefStructureLoader.load(path: path))
        XCTAssertEqual(try memory.briefStructure(path: path), try BriefStructureLoader.load(path: path), "kept")

        // The grid starts lower: a new structure, not the kept one.
        let edited = original.replacingOccurrences(of: "  top: 128\n", with: "  top: 140\n")
        XCTAssertNotEqual(edited, original)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let changed = try memory.briefStructure(path: path)
        XCTAssertEqual(changed, try BriefStructureLoader.load(path: path))
        XCTAssertNotEqual(changed, try BriefStructureLoader.parse(original, path: path))

        // A broken file fails as the loader fails, and its fix is parsed again.
        try "blocks: [unclosed\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try memory.briefStructure(path: path))
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try memory.briefStructure(path: path), try BriefStructureLoader.parse(original, path: path))
    }
}
