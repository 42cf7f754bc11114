//! Kernel file events (inotify) for the folders and files a build reads, with bursts coalesced.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes `folio watch` when something it builds from may have changed.
///
/// Folders are watched with every subfolder (a folder created later is added when it
/// appears); single files are watched through their parent folder, because editors save by
/// writing a new file and renaming it over the old one, which a watch on the file itself
/// would lose. An event is only a hint: the watcher compares file snapshots afterwards, so
/// an editor's swap file or a save that changed nothing costs no rebuild.
final class FileEvents {
    private let fd: Int32
    /// Watched folder by watch descriptor.
    private var folders: [Int32: String] = [:]
    /// Folders watched for the sake of single files only, with the names that matter there.
    private var fileNames: [String: Set<String>] = [:]
    /// Folders watched with all their content (and subfolders).
    private let trees: [String]

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
                                     | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil when the kernel refuses (no inotify, or the watch limit is reached): the caller
    /// then polls.
    init?(trees: [String], files: [String]) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.trees = trees.map { ($0 as NSString).standardizingPath }
        for tree in self.trees { guard addTree(tree) else { close(fd); return nil } }
        for file in files.map({ ($0 as NSString).standardizingPath }) {
            let folder = (file as NSString).deletingLastPathComponent
            fileNames[folder, default: []].insert((file as NSString).lastPathComponent)
        }
        for folder in fileNames.keys where !self.trees.contains(where: { folder == $0 || folder.hasPrefix($0 + "/") }) {
            guard add(folder) else { close(fd); return nil }
        }
    }

    deinit { close(fd) }

    private func add(_ folder: String) -> Bool {
        let wd = inotify_add_watch(fd, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return false }
        folders[wd] = folder
        return true
    }

    /// Watches `folder` and every folder below it (hidden ones excepted).
    private func addTree(_ folder: String) -> Bool {
        guard add(folder) else { return false }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return true }
        for name in names.sorted() where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                guard addTree(path) else { return false }
            }
        }
        return true
    }

    /// Whether `folder` lies in one of the watched trees.
    private func inTree(_ folder: String) -> Bool {
        trees.contains { folder == $0 || folder.hasPrefix($0 + "/") }
    }

    /// Waits up to `timeout` seconds for a relevant event, then keeps reading until the burst
    /// is over, at most `longest` seconds in all. Returns the paths named by the events,
    /// sorted (empty after a timeout without events).
    ///
    /// A burst is over once every file written in it has been closed and nothing more arrives
    /// for `settle` seconds: a plain save (open, write, close) or a write-then-rename is
    /// complete by then, so the build starts at once. While a file is still open for writing,
    /// the watcher waits for `quiet` seconds without events instead (an editor writing a file in
    /// pieces, or several files). An event that arrives during the build wakes the next wait.
    func wait(timeout: Double, settle: Double = 0.004, quiet: Double = 0.03, longest: Double = 1.0) -> [String] {
        var paths = Set<String>()
        var writing = Set<String>()
        guard poll(timeout) else { return [] }
        let start = ContinuousClock.now
        drain(into: &paths, writing: &writing)
        while (ContinuousClock.now - start).seconds < longest, poll(writing.isEmpty ? settle : quiet) {
            drain(into: &paths, writing: &writing)
        }
        return paths.sorted()
    }

    /// Whether events are ready within `seconds`.
    private func poll(_ seconds: Double) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = Glibc.poll(&p, 1, Int32(max(0, seconds * 1000).rounded(.up)))
        return ready > 0 && (p.revents & Int16(POLLIN)) != 0
    }

    /// Reads every pending event; adds new subfolders of watched trees to the watch. `writing`
    /// holds the files modified and not yet closed.
    private func drain(into paths: inout Set<String>, writing: inout Set<String>) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                guard let folder = folders[wd] else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil; continue }
                if name.isEmpty { paths.insert(folder); continue }
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_MODIFY | IN_CREATE) != 0, mask & UInt32(IN_ISDIR) == 0 { writing.insert(path) }
                if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 { writing.remove(path) }
                if inTree(folder) {
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { _ = addTree(path) }
                    paths.insert(path)
                } else if fileNames[folder]?.contains(name) == true {
                    paths.insert(path)
                }
            }
        }
    }
}
