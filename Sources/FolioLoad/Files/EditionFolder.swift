//! The edition folder: resolves and lists files, confines every read to the folder.

import Foundation

/// Access to one edition folder. Every read goes through here so that a path (or symlink)
/// pointing outside the folder is refused, and messages show `<folder>/<file>` paths.
struct EditionFolder {
    /// Absolute, symlink-resolved path of the folder.
    let root: URL
    /// The folder's own name, the prefix of display paths (`cities-2025`).
    let name: String

    init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        root = url
        name = url.lastPathComponent
    }

    /// `cities-2025/scores/economic-strength.csv` for `scores/economic-strength.csv`.
    func display(_ relative: String) -> String { relative.isEmpty ? name : name + "/" + relative }

    var exists: Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) && isDir.boolValue
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func fileExists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Whether `url` (after resolving symlinks) lies inside the edition folder.
    func contains(_ url: URL) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    /// Files with extension `ext` directly in `subfolder`, sorted by name; hidden files skipped.
    func files(in subfolder: String, ext: String) -> [String] {
        let dir = url(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix("." + ext) }.sorted()
            .map { subfolder + "/" + $0 }
    }

    /// Reads a file's bytes, refusing what is not a regular file inside the folder within the
    /// size limit. A missing `optional` file gives nil without a message.
    func bytes(_ relative: String, optional: Bool = false, sink: inout DiagnosticSink) -> Data? {
        let path = display(relative)
        let fileURL = url(relative)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: fileURL.path, isDirectory: &isDir) else {
            if !optional { sink.error("file is missing; every edition needs it (see Assets/editions/README.md)", path) }
            return nil
        }
        guard !isDir.boolValue else { sink.error("expected a file but found a folder", path); return nil }
        guard contains(fileURL) else {
            sink.error("path leads outside the edition folder (through \"..\" or a link); refused", path)
            return nil
        }
        // attributesOfItem does not follow links: ask about the file a link inside the folder names.
        let attributes = (try? fm.attributesOfItem(atPath: fileURL.resolvingSymlinksInPath().path)) ?? [:]
        // A FIFO, socket or device would block or never end: only regular files are read.
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            sink.error("not a regular file (a pipe, socket or device?); expected a text file", path)
            return nil
        }
        let size = attributes[.size] as? Int ?? 0
        guard size <= LoadLimits.maxFileBytes else {
            sink.error("file is \(size) bytes; the limit is \(LoadLimits.maxFileBytes) bytes (5 MB)", path)
            return nil
        }
        guard fm.isReadableFile(atPath: fileURL.path), let data = fm.contents(atPath: fileURL.path) else {
            sink.error("cannot read file (permission denied or I/O error)", path)
            return nil
        }
        return data
    }
}
