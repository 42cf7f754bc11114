//! `make install` into a temporary PREFIX, then the installed `folio` run from a folder
//! outside any checkout: it finds its fonts, layouts and editions from its own path.

import FolioBuild
import FolioLoad
import FolioTestSupport
import Foundation
import XCTest

final class InstalledFolioTests: XCTestCase {
    /// The `folio` built beside this test bundle (`swift build --build-tests` builds both).
    static var builtFolio: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("folio").path
    }

    func testAnInstalledFolioRunsFromAnyFolder() throws {
        let root = try ExternalTools.temporaryDirectory("folio-install")
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix").path
        let install = try Self.run("/usr/bin/make", ["-s", "install-files", "PREFIX=\(prefix)", "FOLIO=\(Self.builtFolio)"],
                                   in: TestResources.repositoryRoot.path)
        XCTAssertEqual(install.status, 0, install.stderr)
        for resource in ["bin/folio", "share/folio/Fonts/OFL.txt", "share/folio/Layouts/letter.yaml",
                         "share/folio/Assets/editions/cities-2025/edition.yaml", "share/folio/Assets/editions/starter/edition.yaml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix + "/" + resource), resource)
        }
        let folio = prefix + "/bin/folio"
        let work = root.appendingPathComponent("work").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

        // No arguments but an output: the bundled default edition (one brief, to stay quick).
        let build = try Self.run(folio, ["build", "--out", "X", "--only", "briefs", "--city", "beijing", "--formats", "pdf", "--no-cache"], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/X/briefs/beijing.pdf"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/X/briefs/all.pdf"))

        // A new edition, and bundled layouts by their bare names.
        let initialised = try Self.run(folio, ["init", "mine"], in: work)
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
        let report = try Self.run(folio, ["report", "--edition", "mine", "--layout", "letter", "--out", "R", "--no-png"], in: work)
        XCTAssertEqual(report.status, 0, report.stderr)
        let info = try ExternalTools.run("pdfinfo", [work + "/R/report.pdf"])
        XCTAssertTrue(info.stdout.contains("612 x 792 pts"), "US Letter pages from letter.yaml:\n\(info.stdout)")
        let a4 = try Self.run(folio, ["check", "--edition", "mine", "--layout", "print"], in: work)
        XCTAssertEqual(a4.status, 0, a4.stdout + a4.stderr)
        let unknown = try Self.run(folio, ["check", "--edition", "mine", "--layout", "tabloid"], in: work)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stdout.contains(prefix + "/share/folio/Layouts/tabloid.yaml: cannot read layout file"), unknown.stdout)

        // FOLIO_HOME is explicit: pointing it at an empty folder makes the fonts missing.
        let empty = try Self.run(folio, ["report", "--edition", "mine", "--out", "R2", "--no-png"], in: work,
                                 environment: ["FOLIO_HOME": root.appendingPathComponent("nothing").path])
        XCTAssertEqual(empty.status, 70)
        XCTAssertTrue(empty.stderr.contains("nothing/"), empty.stderr)
    }

    func testInitWritesAnEditionThatBuildsStrictly() throws {
        let root = try ExternalTools.temporaryDirectory("folio-init")
        defer { try? FileManager.default.removeItem(at: root) }
        let edition = root.appendingPathComponent("city-index").path
        let files = try StarterEdition.create(at: edition)
        XCTAssertTrue(files.contains("README.md") && files.contains("edition.yaml") && files.contains("observations/dunmere.md"), "\(files)")
        // Every file says what it is for: a comment, or a line of the README's table.
        let readme = try String(contentsOfFile: edition + "/README.md", encoding: .utf8)
        for file in files where file != "README.md" {
            let text = try String(contentsOfFile: edition + "/" + file, encoding: .utf8)
            let generic = file.hasPrefix("scores/") ? "scores/<dimension>.csv"
                : file.hasPrefix("narratives/") ? "narratives/<dimension>.md"
                : file.hasPrefix("observations/") ? "observations/<city>.md" : file.hasPrefix("text/") ? "text/*.md" : file
            XCTAssertTrue(text.contains("# ") || readme.contains("`\(generic)`"), "\(file) is not explained")
        }

        let check = EditionCheck.run(edition: edition)
        XCTAssertTrue(check.passed, check.lines.joined(separator: "\n"))
        XCTAssertEqual(check.diagnostics, [], "the starter has no warnings either")

        let options = BuildOptions(editionDirectory: edition, outputDirectory: root.appendingPathComponent("out").path,
                                   fontDirectory: TestResources.fontDirectory, jobs: 2, formats: [.pdf], strict: true,
                                   cacheDirectory: nil, dpi: 24)
        let manifest = try BuildJob(options: options).run().manifest
        XCTAssertEqual(manifest.briefs.count, 5)
        XCTAssertGreaterThan(manifest.reportPages ?? 0, 10)
        XCTAssertEqual(manifest.warnings, [], "--strict passes with no layout finding")

        // Dimensions with unequal variable counts, an observation and a note.
        let (loaded, _) = try EditionLoader.load(directory: edition)
        XCTAssertEqual(loaded.dimensions.map(\.variables.count), [3, 2, 2])
        XCTAssertEqual(loaded.observations.count, 1)
        XCTAssertNotNil(loaded.note(for: "brenmoor"))

        // An existing edition is never overwritten.
        XCTAssertThrowsError(try StarterEdition.create(at: edition)) { error in
            XCTAssertEqual((error as? CommandFailure)?.exitCode, 2)
        }
    }

    func testLayoutNamesResolveInTheEditionFolderFirst() throws {
        let root = try ExternalTools.temporaryDirectory("folio-layout-names")
        defer { try? FileManager.default.removeItem(at: root) }
        let edition = root.path
        try "page: {}\n".write(toFile: edition + "/print.yaml", atomically: true, encoding: .utf8)
        try "page: {}\n".write(toFile: edition + "/house.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(LayoutPaths.path("house", edition: edition), edition + "/house.yaml")
        XCTAssertEqual(LayoutPaths.path("print.yaml", edition: edition), edition + "/print.yaml", "the edition's own layout wins")
        XCTAssertTrue(LayoutPaths.path("letter", edition: edition).hasSuffix("/Layouts/letter.yaml"))
        XCTAssertTrue(LayoutPaths.path("print.yaml").hasSuffix("/Layouts/print.yaml"))
        XCTAssertEqual(LayoutPaths.path("some/where.yaml", edition: edition), "some/where.yaml", "a path is used as given")
        XCTAssertTrue(LayoutPaths.path("missing", edition: edition).hasSuffix("/Layouts/missing.yaml"),
                      "an unknown name points at the bundled layouts folder")
    }

    struct RunResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program in `folder` without FOLIO_HOME/FOLIO_FONTS (unless given); output in files.
    static func run(_ program: String, _ arguments: [String], in folder: String,
                    environment extra: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_HOME"] = nil; environment["FOLIO_FONTS"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("folio-run-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: out.path + ".err", contents: nil)
        defer { try? FileManager.default.removeItem(atPath: out.path + ".out"); try? FileManager.default.removeItem(atPath: out.path + ".err") }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + ".err"))
        try process.run()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                                    stdout: (try? String(contentsOfFile: out.path + ".out", encoding: .utf8)) ?? "",
                                    stderr: (try? String(contentsOfFile: out.path + ".err", encoding: .utf8)) ?? "")
    }
}
