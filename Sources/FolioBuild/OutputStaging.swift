//! Writes outputs into a staging folder beside the output folder and moves them into place
//! only when everything succeeded, so a failed build never damages the last good output.

import Foundation

/// A staging area for one build's outputs.
/// Safe to share between export workers: they only write distinct paths inside the staging
/// folder; `commit` runs once, after they finished.
public final class OutputStaging: @unchecked Sendable {
    public let outputDirectory: URL
    public let stagingDirectory: URL
    private var committed = false

    public init(outputDirectory: String) throws {
        let out = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        self.outputDirectory = out
        let parent = out.deletingLastPathComponent()
        stagingDirectory = parent.appendingPathComponent(StaleStaging.prefix(of: out) + "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            StaleStaging.removeAbandoned(besides: out)
            try FileManager.default.createDirectory(at: stagingDirectory, withIntermediateDirectories: true)
            try StaleStaging.writeOwner(into: stagingDirectory)
        } catch {
            throw CommandFailure.internalError("error: cannot create the output folder \(out.path): \(Self.reason(error, near: parent))")
        }
    }

    /// Why a folder could not be made, in words: a file in the way, no permission, no space.
    static func reason(_ error: Error, near url: URL) -> String {
        var blocker = url
        while blocker.path != "/" {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: blocker.path, isDirectory: &isDir) {
                if !isDir.boolValue { return "\(blocker.path) is a file, not a folder" }
                break
            }
            blocker.deleteLastPathComponent()
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? (error as NSError).localizedDescription
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: stagingDirectory) }
    }

    /// Path of a file or folder inside the staging area.
    public func path(_ relative: String) -> String {
        stagingDirectory.appendingPathComponent(relative).path
    }

    /// Runs an exporter that writes `relative` inside the staging area. A failure (a full
    /// disk, an I/O error, a damaged file found by post-processing) becomes one line naming
    /// the output file; the output folder is untouched because nothing was committed.
    public func write<T>(_ relative: String, _ export: (String) throws -> T) throws -> T {
        do {
            return try export(path(relative))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw CommandFailure.internalError("error: cannot write \(outputDirectory.appendingPathComponent(relative).path): "
                + firstLine + (diskIsFull ? " (the disk is full)" : "") + "; the previous output is kept")
        }
    }

    /// Whether the staging area's file system has less than 1 MB left.
    var diskIsFull: Bool {
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: stagingDirectory.path)[.systemFreeSize] as? Int) ?? nil
        return free.map { $0 < 1024 * 1024 } ?? false
    }

    /// Puts finished files (relative paths) into the output folder ahead of `commit`: `folio
    /// watch` shows a saved note on its brief before `briefs/all.pdf`, the longest output, is
    /// drawn. Each file replaces its old self by a rename, so a reader sees the old file or the
    /// new one, never part of either; the staging area keeps its own link for `commit`. Files
    /// not published stay as they were until the commit, or for good if the build fails.
    public func publish(_ relatives: [String]) throws {
        let fm = FileManager.default
        for relative in relatives {
            let source = path(relative)
            let target = outputDirectory.appendingPathComponent(relative).path
            let folder = (target as NSString).deletingLastPathComponent
            let temp = folder + "/.\((target as NSString).lastPathComponent).publish-\(ProcessInfo.processInfo.processIdentifier)"
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                unlink(temp)
                if link(source, temp) != 0 { try fm.copyItem(atPath: source, toPath: temp) }
                guard rename(temp, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            } catch {
                unlink(temp)
                throw CommandFailure.internalError("error: cannot write \(target): \((error as NSError).localizedDescription)")
            }
        }
    }

    /// Moves every top-level entry of the staging area into the output folder, replacing
    /// entries of the same name; other files in the output folder are left alone.
    public func commit() throws {
        let fm = FileManager.default
        try fm.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let entries = try fm.contentsOfDirectory(atPath: stagingDirectory.path).filter { $0 != StaleStaging.ownerFile }.sorted()
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
