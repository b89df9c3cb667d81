// `podium check [deck]`: render in Chromium and report what a person would see wrong (src/check/).
export interface CheckFlags { json?: boolean; strict?: boolean; timeout?: string }

export async function checkCommand(deck: string | undefined, o: CheckFlags): Promise<void> {
  const { checkDeck, checkExitCode } = await import('../check/check.ts');
  const { formatReport } = await import('../check/report.ts');
  const { timeoutMs } = await import('../export/options.ts');
  const report = await checkDeck(deck, { timeout: timeoutMs({ timeout: o.timeout }) });
  console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report, Boolean(process.stdout.isTTY)));
  process.exitCode = checkExitCode(report, Boolean(o.strict));
}
