/**
 * `ayuda` — one CLI, one file per subcommand under ./commands.
 */
import { Command } from 'commander';
import { registerBuild } from './commands/build.ts';
import { registerSearch } from './commands/search.ts';
import { registerEval } from './commands/eval.ts';
import { registerServe } from './commands/serve.ts';
import { registerDemo } from './commands/demo.ts';
import { registerUser } from './commands/user.ts';
import { registerDb } from './commands/db.ts';
import { registerErase } from './commands/erase.ts';

const program = new Command('ayuda')
  .description('Ayuda: self-service help widget — build the FAQ, search it, evaluate it, serve the collector.')
  .showHelpAfterError();

registerBuild(program);
registerSearch(program);
registerEval(program);
registerServe(program);
registerDemo(program);
registerUser(program);
registerDb(program);
registerErase(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`ayuda: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
