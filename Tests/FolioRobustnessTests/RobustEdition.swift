//! A scratch copy of the mini edition with a small report structure, built through ReportJob.

import FolioBuild
import FolioCore
import FolioExport
import FolioGraphics
import FolioTestSupport
import Foundation

/// The mini edition (Tests/Fixtures/good/mini) copied to a temporary folder, plus a culture
/// narrative and a two-part structure, so a test can break one file and run the real job.
struct RobustEdition {
    let folder: URL
    let directory: URL

    static let mini = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/good/mini")

    init(_ name: String = "mini", charts: String = "\"top:{dimension}:3\"") throws {
        folder = try ExternalTools.temporaryDirectory("folio-robust")
        directory = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.mini, to: directory)
        try write("narratives/culture.md", "---\ntitle: Culture\n---\nCulture text.\n")
        try """
        parts:
          - { kind: text, text: intro, template: body }
          - { kind: chapters, template: body, opener: opener, charts: chapter }
        charts:
          chapter:
            - { type: ranked-bars, data: \(charts), title: "Leading cities", height: 200 }
        """.write(to: structure, atomically: true, encoding: .utf8)
    }

    var structure: URL { folder.appendingPathComponent("structure.yaml") }

    func write(_ relative: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    /// The culture narrative with `body` after its title.
    func culture(_ body: String) throws {
        try write("narratives/culture.md", "---\ntitle: Culture\n---\n\(body)\n")
    }

    func job(out: String? = nil, strict: Bool = false) -> ReportJob {
        ReportJob(editionDirectory: directory.path, layoutPath: TestResources.layoutPath("print.yaml"),
                  structurePath: structure.path, outputDirectory: out ?? folder.appendingPathComponent("out").path,
                  png: false, strict: strict, jobs: 1)
    }

    func build(strict: Bool = false) throws -> ReportJob.Output {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        return try job(strict: strict).build(shaper: shaper)
    }

    /// The lines `folio report` prints for the failure of `body`, and its exit code.
    static func failure(_ body: () throws -> Void) -> (code: Int32, lines: [String])? {
        do {
            try CommandFailure.wrap { try body() }
            return nil
        } catch let f as CommandFailure {
            return (f.exitCode, f.message.split(separator: "\n").map(String.init))
        } catch {
            return (-1, ["\(error)"])
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
