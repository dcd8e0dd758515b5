import type { RuleId } from '../methodology/types';
import type { Assessment, ParkingLotItem, Timestamp } from './types';

/**
 * The parking lot: points the group wants to come back to later, so a long discussion does not
 * stall the workshop. Items may point at the rule they came up under.
 */

function withItems(a: Assessment, parkingLot: ParkingLotItem[], now: Timestamp): Assessment {
  return { ...a, parkingLot, updatedAt: now };
}

/** Adds a point (trimmed; blank text adds nothing) at the end of the list. */
export function addParkingItem(a: Assessment, id: string, text: string, ruleId: RuleId | null, now: Timestamp): Assessment {
  const trimmed = text.trim();
  if (!trimmed) return a;
  return withItems(a, [...(a.parkingLot ?? []), { id, text: trimmed, ruleId, resolved: false, createdAt: now }], now);
}

/** Rewrites a point's text; blank text removes the point. */
export function editParkingItem(a: Assessment, id: string, text: string, now: Timestamp): Assessment {
  const trimmed = text.trim();
  if (!trimmed) return removeParkingItem(a, id, now);
  return withItems(
    a,
    (a.parkingLot ?? []).map((item) => (item.id === id ? { ...item, text: trimmed } : item)),
    now
  );
}

/** Marks a point as dealt with, or opens it again. */
export function setParkingResolved(a: Assessment, id: string, resolved: boolean, now: Timestamp): Assessment {
  return withItems(
    a,
    (a.parkingLot ?? []).map((item) => (item.id === id ? { ...item, resolved } : item)),
    now
  );
}

/** Deletes a point. */
export function removeParkingItem(a: Assessment, id: string, now: Timestamp): Assessment {
  return withItems(
    a,
    (a.parkingLot ?? []).filter((item) => item.id !== id),
    now
  );
}

/** Points still open, oldest first. */
export function openParkingItems(a: Assessment): ParkingLotItem[] {
  return (a.parkingLot ?? []).filter((item) => !item.resolved);
}
