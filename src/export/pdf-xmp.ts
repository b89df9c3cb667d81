// The XMP metadata stream PDF/UA asks for (ISO 14289-1 §5, §7.1): the same title, author, description and
// dates as the Info dictionary, plus the PDF/UA identification schema (pdfuaid:part = 1).
export interface XmpFields { title: string; author?: string; subject?: string; keywords?: string[]; lang?: string; date: Date; producer: string }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(f: XmpFields): string {
  const date = f.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = esc(f.lang ?? 'x-default');
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${esc(v)}</rdf:li>${lang !== 'x-default' ? `<rdf:li xml:lang="${lang}">${esc(v)}</rdf:li>` : ''}</rdf:Alt>`;
  const lines = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(f.title)}</dc:title>`,
    f.author && `<dc:creator><rdf:Seq><rdf:li>${esc(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    f.subject && `<dc:description>${alt(f.subject)}</dc:description>`,
    f.lang && `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    f.keywords?.length && `<pdf:Keywords>${esc(f.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${esc(f.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>Podium</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdfuaid:part>1</pdfuaid:part>`,
  ].filter(Boolean);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
${lines.join('\n')}
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
