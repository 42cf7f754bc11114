//! Every file in `Layouts/` through the `folio` command, tagged and untagged, checked by qpdf.

import FolioTestSupport
import Foundation
import XCTest

/// A new layout or structure file is covered as soon as it is added to `Layouts/`: the test
/// decides by its content what it is and which command renders it.
final class LayoutFolderTests: XCTestCase {
    /// What a file in `Layouts/` is, from its top-level keys.
    enum Kind: Equatable {
        /// A page layout for the print edition (`page:`, rendered by `folio report --layout`).
        case printLayout
        /// A page layout for the one-page briefs (`page:`, no facing pages, a `brief` template).
        case briefLayout
        /// A report structure (`parts:`, `folio report --structure`).
        case reportStructure
        /// A brief structure (`blocks:`, `folio briefs --structure`).
        case briefStructure
        case unknown(keys: [String])
    }

    static func kind(of text: String) -> Kind {
        let lines = text.split(separator: "\n").map(String.init)
        // Top-level keys: lines starting with a key at column 0.
        let keys = lines.compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        }
        if keys.contains("page") {
            let facing = lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("facing: true") }
            let briefTemplate = lines.contains { $0.hasPrefix("  brief:") }
            return !facing && briefTemplate ? .briefLayout : .printLayout
        }
        if keys.contains("parts") { return .reportStructure }
        if keys.contains("blocks") { return .briefStructure }
        return .unknown(keys: keys)
    }

    static var layoutFiles: [URL] {
        let folder = TestResources.repositoryRoot.appendingPathComponent("Layouts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Two cities are enough to exercise a brief layout.
    static let briefCities = ["--city", "shanghai", "--city", "zhaoqing"]

    func testKindsAreRecognised() {
        XCTAssertEqual(Self.kind(of: "name: x\npage:\n  facing: true\ntemplates:\n  body: {}\n"), .printLayout)
        XCTAssertEqual(Self.kind(of: "name: b\npage:\n  facing: false\ntemplates:\n  brief:\n    columns: 2\n"), .briefLayout)
        XCTAssertEqual(Self.kind(of: "# parts\nparts:\n  - { kind: cover }\n"), .reportStructure)
        XCTAssertEqual(Self.kind(of: "blocks:\n  - header\n"), .briefStructure)
        XCTAssertEqual(Self.kind(of: "colours: {}\n"), .unknown(keys: ["colours"]))
    }

    func testEveryLayoutFileRendersThroughTheCommand() throws {
        let files = Self.layoutFiles
        XCTAssertGreaterThanOrEqual(files.count, 4, "Layouts/ should hold print, letter, brief and report files")
        let briefsHaveStructure = try FolioCommand.run(["briefs", "--help"]).stdout.contains("--structure")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let relative = "Layouts/" + file.lastPathComponent
            let kind = Self.kind(of: text)
            for tagged in [true, false] {
                let out = try ExternalTools.temporaryDirectory("folio-layout-loop").path
                defer { try? FileManager.default.removeItem(atPath: out) }
                let arguments: [String]
                let pdfs: [String]
                switch kind {
                case .printLayout:
                    arguments = ["report", "--layout", relative, "--out", out, "--no-png", "--jobs", "2"]
                    pdfs = ["report.pdf"]
                case .reportStructure:
                    arguments = ["report", "--structure", relative, "--out", out, "--no-png", "--jobs", "2"]
                    pdfs = ["report.pdf"]
                case .briefLayout:
                    arguments = ["briefs", "--layout", relative, "--out", out, "--dpi", "20", "--jobs", "2"] + Self.briefCities
                    pdfs = ["briefs/shanghai.pdf", "briefs/zhaoqing.pdf", "briefs/all.pdf"]
                case .briefStructure:
                    guard briefsHaveStructure else {
                        XCTFail("\(relative) is a brief structure (blocks:) but `folio briefs` has no --structure option")
                        continue
                    }
                    arguments = ["briefs", "--structure", relative, "--out", out, "--dpi", "20", "--jobs", "2"] + Self.briefCities
                    pdfs = ["briefs/shanghai.pdf", "briefs/zhaoqing.pdf", "briefs/all.pdf"]
                case .unknown(let keys):
                    XCTFail("\(relative): cannot tell what this file is from its top-level keys \(keys); a page layout has "
                            + "page:, a report structure parts:, a brief structure blocks: (teach LayoutFolderTests.kind the new kind)")
                    continue
                }
                let label = "\(relative) (\(kind), \(tagged ? "tagged" : "untagged"))"
                let result = try FolioCommand.run(arguments, environment: ["FOLIO_PDF_TAGS": tagged ? "1" : "0"])
                XCTAssertEqual(result.status, 0, "\(label): folio \(arguments.joined(separator: " "))\n\(result.transcript)")
                XCTAssertEqual(FolioCommand.libraryNoise(result.stderr), [], "\(label): a C library wrote to the terminal")
                guard result.status == 0 else { continue }
                for pdf in pdfs {
                    let check = try ExternalTools.run("qpdf", ["--check", out + "/" + pdf])
                    XCTAssertEqual(check.status, 0, "\(label): qpdf --check \(pdf)\n\(check.stdout)\(check.stderr)")
                }
            }
        }
    }

    /// `folio build` takes the same files: the Letter layout for the report, with one brief.
    func testBuildTakesLayoutAndStructureOptions() throws {
        let out = try ExternalTools.temporaryDirectory("folio-build-layout").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try FolioCommand.run(["build", "--layout", "Layouts/letter.yaml", "--brief-layout", "Layouts/brief.yaml",
                                           "--structure", "Layouts/report.yaml", "--out", out, "--formats", "pdf",
                                           "--no-cache", "--quiet", "--jobs", "2", "--city", "shanghai"])
        XCTAssertEqual(result.status, 0, result.transcript)
        let info = try ExternalTools.run("pdfinfo", [out + "/report.pdf"]).stdout
        XCTAssertTrue(info.contains("612 x 792 pts"), "the report is not on US Letter:\n\(info)")
        XCTAssertEqual(try ExternalTools.run("qpdf", ["--check", out + "/briefs/shanghai.pdf"]).status, 0)
        let missing = try FolioCommand.run(["build", "--layout", "Layouts/no-such-layout.yaml", "--out", out, "--no-cache", "--quiet",
                                            "--only", "report"])
        XCTAssertNotEqual(missing.status, 0, missing.transcript)
        XCTAssertTrue(missing.stderr.contains("no-such-layout.yaml"), missing.transcript)
    }
}
