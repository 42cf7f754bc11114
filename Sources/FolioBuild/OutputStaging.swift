//! Writes outputs into a staging folder beside the output folder and moves them into place
//! only when everything succeeded, so a failed build never damages the last good output.

import Foundation

/// A staging area for one build's outputs.
public final class OutputStaging {
    public let outputDirectory: URL
    public let stagingDirectory: URL
    private var committed = false

    public init(outputDirectory: String) throws {
        let out = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        self.outputDirectory = out
        let parent = out.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        stagingDirectory = parent.appendingPathComponent(".\(out.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: stagingDirectory, withIntermediateDirectories: true)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: stagingDirectory) }
    }

    /// Path of a file or folder inside the staging area.
    public func path(_ relative: String) -> String {
        stagingDirectory.appendingPathComponent(relative).path
    }

    /// Moves every top-level entry of the staging area into the output folder, replacing
    /// entries of the same name; other files in the output folder are left alone.
    public func commit() throws {
        let fm = FileManager.default
        try fm.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let entries = try fm.contentsOfDirectory(atPath: stagingDirectory.path).sorted()
        for name in entries {
            let source = stagingDirectory.appendingPathComponent(name)
            let target = outputDirectory.appendingPathComponent(name)
            if fm.fileExists(atPath: target.path) {
                let trash = outputDirectory.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
                try? fm.removeItem(at: trash)
                try fm.moveItem(at: target, to: trash)
                try fm.moveItem(at: source, to: target)
                try? fm.removeItem(at: trash)
            } else {
                try fm.moveItem(at: source, to: target)
            }
        }
        committed = true
        try? fm.removeItem(at: stagingDirectory)
    }
}

/// `SOURCE_DATE_EPOCH` when set (reproducible builds), else nil.
public enum BuildEnvironment {
    public static var sourceDateEpoch: Int? {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
