//! Runs the built `folio` executable from tests, as a user would from a terminal.

import Foundation

/// The `folio` command built next to the tests (`swift build --build-tests` builds it).
public enum FolioCommand {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Both streams, for failure messages.
        public var transcript: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// The executable: beside the test bundle (same build folder), else `.build/debug/folio`.
    public static var executable: String? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
            // The runner may be inside `FolioPackageTests.xctest/...`; walk up to the build folder.
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("folio"))
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(TestResources.repositoryRoot.appendingPathComponent(".build/debug/folio"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }

    /// Runs `folio arguments…` in the repository root with extra environment variables.
    public static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        guard let executable else {
            throw CommandMissing(message: "no folio executable next to the tests; run `swift build --build-tests` first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = TestResources.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        // Standard error goes to a file, so that a chatty stream never blocks the process
        // while the other pipe is read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderrData = FileManager.default.contents(atPath: errorFile.path) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Lines of standard error that come from a C library (Pango, Cairo, GLib, fontconfig)
    /// or an assertion, which must never reach the terminal.
    public static func libraryNoise(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { line in
            ["CRITICAL", "Pango-", "GLib-", "Fontconfig", "Assertion", "cairo-", "GLib:", "(process:"].contains { line.contains($0) }
        }
    }

    public struct CommandMissing: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
