// A playlist's rotation: each dashboard for its own number of seconds, in order, round and round. A tile crossing
// into critical on another dashboard of the list can bring that dashboard forward (interruptOnCritical).

export function createRotation(items, { interruptOnCritical = false } = {}) {
  const usable = items.filter((item) => item.dashboardId && item.seconds > 0);
  let index = 0;
  let switchAt = null;

  const hold = (nowMs) => {
    switchAt = nowMs + usable[index].seconds * 1000;
  };

  return {
    get current() { return usable[index] ?? null; },
    get switchAt() { return switchAt; },
    get dashboardIds() { return [...new Set(usable.map((item) => item.dashboardId))]; },

    start(nowMs) {
      index = 0;
      if (usable.length > 0) hold(nowMs);
    },

    /** Moves on when the current item's time is up; true when the shown dashboard changed. */
    tick(nowMs) {
      if (switchAt === null || nowMs < switchAt || usable.length < 2) {
        if (switchAt !== null && nowMs >= switchAt) hold(nowMs);
        return false;
      }
      index = (index + 1) % usable.length;
      hold(nowMs);
      return true;
    },

    /** Shows the dashboard at once, for its item's full time, when the playlist allows interrupts; true when it did. */
    interrupt(dashboardId, nowMs) {
      if (!interruptOnCritical) return false;
      const found = usable.findIndex((item) => item.dashboardId === dashboardId);
      if (found < 0) return false;
      const changed = found !== index;
      index = found;
      hold(nowMs);
      return changed;
    },
  };
}

/** Tiles whose status became critical since the last look; the first look at a tile never counts as a crossing. */
export function createCriticalWatch() {
  const known = new Map();
  return {
    /** statuses: [[key, status]]; returns the keys that crossed into critical. */
    crossings(statuses) {
      const crossed = [];
      for (const [key, status] of statuses) {
        const before = known.get(key);
        if (before !== undefined && before !== "critical" && status === "critical") crossed.push(key);
        known.set(key, status);
      }
      return crossed;
    },
  };
}
