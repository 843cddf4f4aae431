// npm run sandbox -- [options]: starts the sandbox and keeps it running until SIGINT or SIGTERM.
import { parseCliArgs, type SandboxOptions } from './options';
import { startSandbox } from './server';

async function main(): Promise<void> {
  let options: Partial<SandboxOptions>;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const sandbox = await startSandbox(options);
  console.log(`sandbox listening on ${sandbox.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`sandbox: error while closing on ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('sandbox failed to start:', error);
  process.exit(1);
});
