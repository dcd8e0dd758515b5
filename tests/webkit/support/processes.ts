import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** A background process this suite started, stopped with its children at the end. */
export interface Started {
  name: string;
  child: ChildProcess;
  /** What it printed, for the error message when it fails to start. */
  output: () => string;
}

/** Starts a command in its own process group, so that stopping it stops what it spawned too. */
export function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, extraFds = 0): Started {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', ...Array<'pipe'>(extraFds).fill('pipe')]
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { name, child, output: () => output.slice(-2000) };
}

/** Stops a started process group: SIGTERM, then SIGKILL if it is still there after a while. */
export async function stop(started: Started): Promise<void> {
  const { child } = started;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** Polls until `ready` resolves true, failing with the process's output if it exits or takes too long. */
export async function waitUntilReady(started: Started, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`${started.name} exited (${started.child.exitCode}):\n${started.output()}`);
    if (await ready().catch(() => false)) return;
    // Polling a local port: a short pause between attempts, not a wait for a state we could observe.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${started.name} did not start within ${timeoutMs} ms:\n${started.output()}`);
}

/** True when an HTTP GET of the URL answers at all. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.arrayBuffer();
  return true;
}
