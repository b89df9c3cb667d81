import { launchBrowser } from '/work/wt/media/src/export/browser.ts';
const t0 = Date.now();
const b = await launchBrowser();
console.log('launch', Date.now() - t0);
const page = await b.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ path: '/work/wt/media/node_modules/mermaid/dist/mermaid.min.js' });
console.log('loaded', Date.now() - t0);
const res = await page.evaluate(async () => {
  const m = (window as any).mermaid;
  m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base', htmlLabels: false, flowchart: { htmlLabels: false }, themeVariables: { primaryColor: '#171c26', fontFamily: 'Inter, sans-serif' } });
  const out: any[] = [];
  for (const src of ['flowchart LR\n  A[Python code] --> B(eager ops)\n  A --> C{{torch.compile}} --> D[graph] --> E[fused kernels]\n  click A call alert("x")', 'flowchart LR\n A --> ', 'graph TD\n A["<img src=x onerror=alert(1)>"] --> B']) {
    try { await m.parse(src); const r = await m.render('d' + out.length, src); out.push(r.svg.slice(0, 300000)); } catch (e: any) { out.push('ERR ' + e.message + ' ' + JSON.stringify(e.hash ?? null)); }
  }
  return out;
});
console.log('rendered', Date.now() - t0);
for (const r of res) console.log(r.replace(/<style>.*<\/style>/s,"<style/>"), '\n-----');
await b.close();
