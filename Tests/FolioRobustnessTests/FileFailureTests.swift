//! Files that cannot be read or written: every case exits non-zero with one line, and the
//! previous output survives.

import FolioBuild
import FolioCore
import FolioLoad
import FolioTestSupport
import Foundation
import Testing

@Suite(.serialized) struct FileFailureTests {
    /// Tests run as root, so permissions cannot make a file unreadable; a folder where a file
    /// is expected and a FIFO (which would block a plain read forever) stand in for it.
    @Test func folderOrPipeInsteadOfAFileIsRefused() throws {
        let edition = try RobustEdition("unreadable")
        defer { edition.remove() }
        let fm = FileManager.default
        let refs = edition.directory.appendingPathComponent("references.csv")
        try fm.removeItem(at: refs)
        #expect(mkfifo(refs.path, 0o644) == 0)
        let cities = edition.directory.appendingPathComponent("cities.csv")
        try fm.removeItem(at: cities)
        try fm.createDirectory(at: cities, withIntermediateDirectories: false)
        let lines = EditionLoader.inspect(directory: edition.directory.path).errors.map(\.description)
        #expect(lines.contains("unreadable/references.csv: not a regular file (a pipe, socket or device?); expected a text file"), "\(lines)")
        #expect(lines.contains("unreadable/cities.csv: expected a file but found a folder"), "\(lines)")
    }

    /// Links that stay inside the edition folder are followed (only links leading out are refused).
    @Test func linksInsideTheFolderAreFollowed() throws {
        let edition = try RobustEdition("inside-links")
        defer { edition.remove() }
        let fm = FileManager.default
        let refs = edition.directory.appendingPathComponent("references.csv")
        try fm.moveItem(at: refs, to: edition.directory.appendingPathComponent("references-real.csv"))
        try fm.createSymbolicLink(atPath: refs.path, withDestinationPath: "references-real.csv")
        let image = edition.directory.appendingPathComponent("figures/bars.png")
        try fm.moveItem(at: image, to: edition.directory.appendingPathComponent("figures/real.png"))
        try fm.createSymbolicLink(atPath: image.path, withDestinationPath: "real.png")
        let result = EditionLoader.inspect(directory: edition.directory.path)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func outputFolderUnderARegularFileFailsInOneLine() throws {
        let edition = try RobustEdition("unwritable")
        defer { edition.remove() }
        let blocker = edition.folder.appendingPathComponent("blocker")
        try "a file, not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let out = blocker.appendingPathComponent("out").path
        let failure = try #require(RobustEdition.failure { _ = try edition.job(out: out).run() })
        #expect(failure.code != 0)
        #expect(failure.lines.count == 1, "\(failure.lines)")
        #expect(failure.lines[0] == "error: cannot create the output folder \(out): \(blocker.path) is a file, not a folder", "\(failure.lines)")
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "a file, not a folder")
    }

    /// A full disk, simulated by a 256 KB tmpfs (skipped where `mount` is not permitted): the
    /// export fails, the previous report.pdf is untouched and no staging folder is left.
    @Test func fullDiskKeepsThePreviousOutput() throws {
        let edition = try RobustEdition("disk-full")
        defer { edition.remove() }
        let mountPoint = edition.folder.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        guard (try? ExternalTools.run("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.path]))?.status == 0 else {
            print("skipped: cannot mount a tmpfs here")
            return
        }
        defer { _ = try? ExternalTools.run("umount", [mountPoint.path]) }
        let out = mountPoint.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let previous = Data(repeating: 0x25, count: 240 * 1024)
        try previous.write(to: out.appendingPathComponent("report.pdf"))
        let failure = try #require(RobustEdition.failure { _ = try edition.job(out: out.path).run() })
        #expect(failure.code != 0)
        #expect(failure.lines.count == 1, "\(failure.lines)")
        #expect(failure.lines.first?.hasPrefix("error: cannot write \(out.path)/report.pdf: ") == true, "\(failure.lines)")
        #expect(failure.lines.first?.contains("(the disk is full); the previous output is kept") == true, "\(failure.lines)")
        #expect(try Data(contentsOf: out.appendingPathComponent("report.pdf")) == previous)
        let left = try FileManager.default.contentsOfDirectory(atPath: mountPoint.path)
        #expect(left == ["out"], "staging left behind: \(left)")
    }

    /// A brief that cannot fit one page even when condensed is an error naming the city.
    @Test func briefThatCannotFitNamesTheCity() throws {
        let edition = try RobustEdition("long-name")
        defer { edition.remove() }
        let long = "Dover" + String(repeating: " upon the Long River", count: 40)
        for file in ["cities.csv", "overall.csv", "scores/economy.csv", "scores/culture.csv"] {
            let url = edition.directory.appendingPathComponent(file)
            try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "Dover", with: long)
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let job = BriefsJob(editionDirectory: edition.directory.path, layoutPath: TestResources.layoutPath("brief.yaml"),
                            reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: edition.structure.path,
                            outputDirectory: edition.folder.appendingPathComponent("out").path, cities: ["dover"], jobs: 1, png: false)
        let failure = try #require(RobustEdition.failure { _ = try job.run() })
        #expect(failure.code == 1)
        #expect(failure.lines.count == 1, "\(failure.lines)")
        #expect(failure.lines[0].contains("the brief for Dover upon the Long River"), "\(failure.lines)")
        #expect(!FileManager.default.fileExists(atPath: edition.folder.appendingPathComponent("out").path))
    }
}
