//! Glyph names of a CFF font program (Adobe Technical Note #5176), for a Type 1 font's /CharSet.

/// Reads the names of the glyphs in a bare CFF font program — what a PDF embeds as
/// `/FontFile3 /Subtype /Type1C` — from the charset of its one font: standard strings for
/// string ids below 391, its String INDEX for the others.
struct CFFGlyphNames {
    private let bytes: [UInt8]

    /// The glyph names in glyph order, `.notdef` first.
    static func read(_ bytes: [UInt8]) throws -> [String] {
        try CFFGlyphNames(bytes: bytes).names()
    }

    private func names() throws -> [String] {
        guard bytes.count >= 4, bytes[0] == 1 else { throw problem(0, "not a CFF version 1 font program") }
        let nameIndex = try index(at: Int(bytes[2]))
        let topIndex = try index(at: nameIndex.end)
        let stringIndex = try index(at: topIndex.end)
        guard let top = topIndex.items.first else { throw problem(topIndex.start, "no Top DICT") }
        let dict = try self.dict(top)
        guard dict[1230] == nil else { throw problem(top.lowerBound, "a CID-keyed font has no glyph names") }
        guard let charStrings = dict[17]?.first.map(Int.init) else { throw problem(top.lowerBound, "no CharStrings offset") }
        let glyphCount = try index(at: charStrings).items.count
        let charset = dict[15]?.first.map(Int.init) ?? 0
        let ids = try stringIDs(charset: charset, glyphCount: glyphCount)
        return try ids.map { sid in
            if sid < Self.standardStrings.count { return Self.standardStrings[sid] }
            let i = sid - Self.standardStrings.count
            guard i < stringIndex.items.count else { throw problem(charset, "string id \(sid) is past the String INDEX") }
            return String(decoding: bytes[stringIndex.items[i]], as: UTF8.self)
        }
    }

    /// The string id of each glyph (glyph 0 is `.notdef`, string id 0).
    private func stringIDs(charset offset: Int, glyphCount: Int) throws -> [Int] {
        var ids = [0]
        guard glyphCount > 1 else { return ids }
        if offset == 0 { return Array(0..<min(glyphCount, 229)) }  // the predefined ISOAdobe charset
        guard offset > 2 else { throw problem(offset, "predefined expert charsets are not read") }
        var p = offset + 1
        switch try byte(offset) {
        case 0:
            while ids.count < glyphCount { ids.append(try card16(p)); p += 2 }
        case 1, 2:
            let wide = try byte(offset) == 2
            while ids.count < glyphCount {
                let first = try card16(p)
                let left = wide ? try card16(p + 2) : Int(try byte(p + 2))
                p += wide ? 4 : 3
                ids += (first...(first + left)).prefix(glyphCount - ids.count)
            }
        case let format:
            throw problem(offset, "unknown charset format \(format)")
        }
        return ids
    }

    private struct Index { var start: Int; var items: [Range<Int>]; var end: Int }

    /// An INDEX: a count, an offset size, count + 1 offsets (from 1) and the data.
    private func index(at start: Int) throws -> Index {
        let count = try card16(start)
        guard count > 0 else { return Index(start: start, items: [], end: start + 2) }
        let offSize = Int(try byte(start + 2))
        guard (1...4).contains(offSize) else { throw problem(start + 2, "bad INDEX offset size \(offSize)") }
        let dataStart = start + 3 + (count + 1) * offSize - 1
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for i in 0...count {
            var value = 0
            for k in 0..<offSize { value = value << 8 | Int(try byte(start + 3 + i * offSize + k)) }
            offsets.append(dataStart + value)
        }
        guard zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }), offsets.last! <= bytes.count else {
            throw problem(start, "INDEX offsets out of order or past the end")
        }
        return Index(start: start, items: zip(offsets, offsets.dropFirst()).map { $0..<$1 }, end: offsets.last!)
    }

    /// A DICT's operands by operator (two-byte operators as 1200 + second byte).
    private func dict(_ range: Range<Int>) throws -> [Int: [Double]] {
        var result: [Int: [Double]] = [:]
        var operands: [Double] = []
        var p = range.lowerBound
        while p < range.upperBound {
            let b0 = Int(bytes[p])
            switch b0 {
            case 32...246: operands.append(Double(b0 - 139)); p += 1
            case 247...250: operands.append(Double((b0 - 247) * 256 + Int(try byte(p + 1)) + 108)); p += 2
            case 251...254: operands.append(Double(-(b0 - 251) * 256 - Int(try byte(p + 1)) - 108)); p += 2
            case 28: operands.append(Double(Int16(bitPattern: UInt16(try card16(p + 1))))); p += 3
            case 29: operands.append(Double(Int32(bitPattern: UInt32(try card16(p + 1) << 16 | card16(p + 3))))); p += 5
            case 30:
                // A real: nibbles up to 0xF. Only its length matters here.
                p += 1
                while p < range.upperBound, bytes[p] & 0x0F != 0x0F, bytes[p] >> 4 != 0x0F { p += 1 }
                operands.append(0); p += 1
            case 12: result[1200 + Int(try byte(p + 1))] = operands; operands = []; p += 2
            case 0...21: result[b0] = operands; operands = []; p += 1
            default: throw problem(p, "bad DICT byte \(b0)")
            }
        }
        return result
    }

    private func byte(_ at: Int) throws -> UInt8 {
        guard at >= 0, at < bytes.count else { throw problem(at, "unexpected end of the font program") }
        return bytes[at]
    }

    private func card16(_ at: Int) throws -> Int { Int(try byte(at)) << 8 | Int(try byte(at + 1)) }

    private func problem(_ at: Int, _ what: String) -> PDFSyntaxError {
        PDFSyntaxError(position: at, problem: "CFF font program: \(what)")
    }

    /// The 391 standard strings of CFF (Technical Note #5176, appendix A).
    static let standardStrings: [String] = [
        ".notdef", "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quoteright",
        "parenleft", "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash", "zero", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "colon", "semicolon", "less", "equal", "greater",
        "question", "at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
        "S", "T", "U", "V", "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum",
        "underscore", "quoteleft", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
        "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "braceleft", "bar", "braceright", "asciitilde",
        "exclamdown", "cent", "sterling", "fraction", "yen", "florin", "section", "currency", "quotesingle",
        "quotedblleft", "guillemotleft", "guilsinglleft", "guilsinglright", "fi", "fl", "endash", "dagger",
        "daggerdbl", "periodcentered", "paragraph", "bullet", "quotesinglbase", "quotedblbase", "quotedblright",
        "guillemotright", "ellipsis", "perthousand", "questiondown", "grave", "acute", "circumflex", "tilde",
        "macron", "breve", "dotaccent", "dieresis", "ring", "cedilla", "hungarumlaut", "ogonek", "caron", "emdash",
        "AE", "ordfeminine", "Lslash", "Oslash", "OE", "ordmasculine", "ae", "dotlessi", "lslash", "oslash", "oe",
        "germandbls", "onesuperior", "logicalnot", "mu", "trademark", "Eth", "onehalf", "plusminus", "Thorn",
        "onequarter", "divide", "brokenbar", "degree", "thorn", "threequarters", "twosuperior", "registered",
        "minus", "eth", "multiply", "threesuperior", "copyright", "Aacute", "Acircumflex", "Adieresis", "Agrave",
        "Aring", "Atilde", "Ccedilla", "Eacute", "Ecircumflex", "Edieresis", "Egrave", "Iacute", "Icircumflex",
        "Idieresis", "Igrave", "Ntilde", "Oacute", "Ocircumflex", "Odieresis", "Ograve", "Otilde", "Scaron",
        "Uacute", "Ucircumflex", "Udieresis", "Ugrave", "Yacute", "Ydieresis", "Zcaron", "aacute", "acircumflex",
        "adieresis", "agrave", "aring", "atilde", "ccedilla", "eacute", "ecircumflex", "edieresis", "egrave",
        "iacute", "icircumflex", "idieresis", "igrave", "ntilde", "oacute", "ocircumflex", "odieresis", "ograve",
        "otilde", "scaron", "uacute", "ucircumflex", "udieresis", "ugrave", "yacute", "ydieresis", "zcaron",
        "exclamsmall", "Hungarumlautsmall", "dollaroldstyle", "dollarsuperior", "ampersandsmall", "Acutesmall",
        "parenleftsuperior", "parenrightsuperior", "twodotenleader", "onedotenleader", "zerooldstyle", "oneoldstyle",
        "twooldstyle", "threeoldstyle", "fouroldstyle", "fiveoldstyle", "sixoldstyle", "sevenoldstyle",
        "eightoldstyle", "nineoldstyle", "commasuperior", "threequartersemdash", "periodsuperior", "questionsmall",
        "asuperior", "bsuperior", "centsuperior", "dsuperior", "esuperior", "isuperior", "lsuperior", "msuperior",
        "nsuperior", "osuperior", "rsuperior", "ssuperior", "tsuperior", "ff", "ffi", "ffl", "parenleftinferior",
        "parenrightinferior", "Circumflexsmall", "hyphensuperior", "Gravesmall", "Asmall", "Bsmall", "Csmall",
        "Dsmall", "Esmall", "Fsmall", "Gsmall", "Hsmall", "Ismall", "Jsmall", "Ksmall", "Lsmall", "Msmall", "Nsmall",
        "Osmall", "Psmall", "Qsmall", "Rsmall", "Ssmall", "Tsmall", "Usmall", "Vsmall", "Wsmall", "Xsmall", "Ysmall",
        "Zsmall", "colonmonetary", "onefitted", "rupiah", "Tildesmall", "exclamdownsmall", "centoldstyle",
        "Lslashsmall", "Scaronsmall", "Zcaronsmall", "Dieresissmall", "Brevesmall", "Caronsmall", "Dotaccentsmall",
        "Macronsmall", "figuredash", "hypheninferior", "Ogoneksmall", "Ringsmall", "Cedillasmall",
        "questiondownsmall", "oneeighth", "threeeighths", "fiveeighths", "seveneighths", "onethird", "twothirds",
        "zerosuperior", "foursuperior", "fivesuperior", "sixsuperior", "sevensuperior", "eightsuperior",
        "ninesuperior", "zeroinferior", "oneinferior", "twoinferior", "threeinferior", "fourinferior",
        "fiveinferior", "sixinferior", "seveninferior", "eightinferior", "nineinferior", "centinferior",
        "dollarinferior", "periodinferior", "commainferior", "Agravesmall", "Aacutesmall", "Acircumflexsmall",
        "Atildesmall", "Adieresissmall", "Aringsmall", "AEsmall", "Ccedillasmall", "Egravesmall", "Eacutesmall",
        "Ecircumflexsmall", "Edieresissmall", "Igravesmall", "Iacutesmall", "Icircumflexsmall", "Idieresissmall",
        "Ethsmall", "Ntildesmall", "Ogravesmall", "Oacutesmall", "Ocircumflexsmall", "Otildesmall", "Odieresissmall",
        "OEsmall", "Oslashsmall", "Ugravesmall", "Uacutesmall", "Ucircumflexsmall", "Udieresissmall", "Yacutesmall",
        "Thornsmall", "Ydieresissmall", "001.000", "001.001", "001.002", "001.003", "Black", "Bold", "Book", "Light",
        "Medium", "Regular", "Roman", "Semibold"
    ]
}
