import { chromium } from 'playwright';
const [url, out, width='1280', scheme='light', action=''] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
const errors = []; p.on('console', m => { if (m.type()==='error'||m.type()==='warning') errors.push(m.text()) }); p.on('pageerror', e => errors.push(String(e)));
await p.goto(url, { waitUntil: 'networkidle' });
if (action === 'dialog') { await p.keyboard.press('Control+k'); await p.waitForTimeout(500); await p.keyboard.type('ner'); await p.waitForTimeout(800); }
await p.screenshot({ path: out, fullPage: action !== 'dialog' }); console.log('errors:', errors); await b.close();
