const t0 = Date.now();
const vl = await import('vega-lite');
const vega = await import('vega');
console.log('import', Date.now() - t0);
const spec: any = { mark: 'bar', data: { values: [{ year: '2024', releases: 4 }, { year: '2025', releases: 4 }] }, encoding: { x: { field: 'year', type: 'nominal' }, y: { field: 'releases', type: 'quantitative' } }, width: 800, height: 400 };
const compiled = vl.compile(spec, { config: { font: 'Inter', range: { category: ['#f05a3a', '#ffb547'] } } });
const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none' });
const svg = await view.toSVG();
console.log('render', Date.now() - t0);
console.log(svg.slice(0, 2500));
try { vl.compile({ mark: 'barr', encoding: {} } as any); } catch (e: any) { console.log('ERR1', e.message); }
try { vl.compile({ mark: 'bar', encoding: { x: { field: 'a', type: 'nominall' } } } as any); } catch (e: any) { console.log('ERR2', e.message); }
