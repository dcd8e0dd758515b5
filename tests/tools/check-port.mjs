// `npm start` serves on a fixed port (the installed app and its storage belong to that origin).
// When something else holds it, say so plainly before spending a minute on the build.
import { createServer } from 'node:net';

const port = Number(process.argv[2] ?? 4173);
const server = createServer();
server.once('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`\nPort ${port} is already in use, so Tessera cannot start there.`);
    console.error(`Stop whatever is serving http://localhost:${port} (perhaps an earlier \`npm start\`), then run \`npm start\` again.\n`);
  } else {
    console.error(`Cannot listen on port ${port}: ${err.message}`);
  }
  process.exit(1);
});
server.listen(port, () => server.close());
