//! The XMP packet of a Folio PDF and the document information dictionary that mirrors it.

import FolioPage
import Foundation

/// Document metadata in the two places a PDF keeps it, saying the same thing (PDF/A-2
/// 6.6.2.3 wants them equivalent): the XMP packet (title, author, subject, language,
/// dates, tools and, for a tagged file, the PDF/A-2a and PDF/UA-1 identification) and the
/// trailer's `/Info` dictionary. Fixed text for fixed input.
struct XMPMetadata {
    var info: DocumentInfo
    /// Seconds since 1970 for the creation and modification dates.
    var date: Int
    /// The program that wrote the PDF (Cairo's own `/Producer`).
    var producer: String
    /// Whether the file claims PDF/A-2a and PDF/UA-1 (only a tagged file can).
    var claimsConformance: Bool

    /// The `/Info` dictionary: the same values as the packet, dates in PDF syntax.
    func infoDictionary() -> PDFDict {
        var dict = PDFDict([("Title", .text(info.title))])
        if !info.author.isEmpty { dict["Author"] = .text(info.author) }
        if !info.subject.isEmpty { dict["Subject"] = .text(info.subject) }
        dict["Creator"] = .text(info.creator)
        dict["Producer"] = .text(producer)
        let pdfDate = PDFValue.text("D:" + PDFExporter.isoDate(date).filter { $0 != "-" && $0 != ":" && $0 != "T" })
        dict["CreationDate"] = pdfDate
        dict["ModDate"] = pdfDate
        return dict
    }

    /// The packet, UTF-8, with no `bytes` or `encoding` attributes (PDF/A forbids them).
    func packet() -> String {
        let date = PDFExporter.isoDate(date)
        var properties = """
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(Self.escaped(info.title))</rdf:li></rdf:Alt></dc:title>
        """
        if !info.author.isEmpty {
            properties += "\n   <dc:creator><rdf:Seq><rdf:li>\(Self.escaped(info.author))</rdf:li></rdf:Seq></dc:creator>"
        }
        if !info.subject.isEmpty {
            properties += "\n   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(info.subject))</rdf:li></rdf:Alt></dc:description>"
        }
        properties += """

           <dc:language><rdf:Bag><rdf:li>\(Self.escaped(info.language))</rdf:li></rdf:Bag></dc:language>
           <xmp:CreatorTool>\(Self.escaped(info.creator))</xmp:CreatorTool>
           <xmp:CreateDate>\(date)</xmp:CreateDate>
           <xmp:ModifyDate>\(date)</xmp:ModifyDate>
           <xmp:MetadataDate>\(date)</xmp:MetadataDate>
           <pdf:Producer>\(Self.escaped(producer))</pdf:Producer>
        """
        var namespaces = """
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        """
        if claimsConformance {
            namespaces += """

                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
            """
            properties += """

               <pdfaid:part>2</pdfaid:part>
               <pdfaid:conformance>A</pdfaid:conformance>
               <pdfuaid:part>1</pdfuaid:part>
            """
        }
        return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
        \(namespaces)>
        \(properties)
          </rdf:Description>\(claimsConformance ? Self.pdfuaExtensionSchema : "")
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    /// PDF/A-2 accepts XMP properties only from the schemas of XMP 2005 or from schemas the
    /// file describes (6.6.2.3.2); `pdfuaid` is younger, so the packet describes it.
    private static let pdfuaExtensionSchema = """

      <rdf:Description rdf:about=""
        xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
        xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
       <pdfaExtension:schemas>
        <rdf:Bag>
         <rdf:li rdf:parseType="Resource">
          <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>
          <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
          <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
          <pdfaSchema:property>
           <rdf:Seq>
            <rdf:li rdf:parseType="Resource">
             <pdfaProperty:name>part</pdfaProperty:name>
             <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
             <pdfaProperty:category>internal</pdfaProperty:category>
             <pdfaProperty:description>The part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>
            </rdf:li>
           </rdf:Seq>
          </pdfaSchema:property>
         </rdf:li>
        </rdf:Bag>
       </pdfaExtension:schemas>
      </rdf:Description>
    """

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
