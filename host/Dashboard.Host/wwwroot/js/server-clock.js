// The TV's clock may be minutes off; ages are measured on the server's clock, learnt from each snapshot.

export function createServerClock() {
  let offsetMs = 0;
  return {
    /** Call with the snapshot's serverTime as soon as it arrives. */
    synchronise(serverTimeIso) {
      const serverMs = Date.parse(serverTimeIso);
      if (!Number.isNaN(serverMs)) offsetMs = serverMs - Date.now();
    },
    now: () => Date.now() + offsetMs,
    get offsetMs() { return offsetMs; },
  };
}
