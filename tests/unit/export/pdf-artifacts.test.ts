// Artifact marking in the PDF finishing step: untagged content becomes /Artifact, tagged content stays.
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../../src/export/pdf-artifacts.ts';

describe('markArtifacts', () => {
  it('wraps untagged text and paths, leaves tagged content and text objects intact', () => {
    const src = 'q 0 0 10 10 re f Q\nBT /F1 12 Tf <0001> Tj /P <</MCID 0>> BDC <0002> Tj EMC ET\n/X0 Do';
    const out = markArtifacts(src)!;
    expect(out).toMatch(/\/Artifact BMC\s+0 0 10 10 re\s+f\s+EMC/);
    expect(out).toMatch(/\/Artifact BMC\s+<0001> Tj\s+EMC/);
    expect(out).toMatch(/<<\/MCID 0>> BDC\s*<0002> Tj\s*EMC/);
    expect(out).toMatch(/\/Artifact BMC\s+\/X0 Do\s+EMC/);
    // a run of text in one text object is one sequence, positioning included
    expect(markArtifacts('BT <01> Tj 5 0 Td <02> Tj ET')).toMatch(/^BT\s+\/Artifact BMC\s+<01> Tj\s+5 0 Td\s+<02> Tj\s+EMC\s+ET$/);
    expect(markArtifacts('/P <</MCID 0>> BDC BT <01> Tj ET EMC')).toBeUndefined();
  });
  it('leaves a stream with an inline image alone', () => {
    expect(markArtifacts('BI /W 1 /H 1 ID x EI <01> Tj')).toBeUndefined();
  });
});
