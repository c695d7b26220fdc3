// The demo seeds that play a flow through the running functions wait for its effects with this.

/** Polls `probe` until it says yes; fails naming the seed and what did not happen within `seconds`. */
export async function until(
  seed: string,
  what: string,
  probe: () => Promise<boolean>,
  seconds = 60,
): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${seed}: ${what} did not happen in ${seconds} s (is the functions emulator running?)`);
}
