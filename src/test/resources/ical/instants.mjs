// An independent reader of the service's iCalendar files: ical.js (Mozilla's, used by Thunderbird), not ical4j.
// Reads a file on stdin and prints one line per VEVENT, tab-separated:
//   UID, DTSTART and DTEND as RFC 5545 reads them, DTSTART and DTEND as ical.js itself reads them
// each an instant in UTC (ISO 8601, "Z"), a TZID time taken through the file's own VTIMEZONE.
// Two readings because they differ in the repeated hour of a fall-back day: RFC 5545 (3.3.5) resolves a local
// time that occurs twice to its first occurrence, ical.js (like libical) to standard time, the second one. ical.js
// expands the VTIMEZONE into its transitions; the RFC's rule is applied here on those transitions: of the
// instants whose offset would show this local time, the earliest; in a gap, the offset before the gap.
// Usage: node instants.mjs PATH/TO/ical.js/dist/ical.js < file.ics
import { pathToFileURL } from 'node:url';

const ICAL = (await import(pathToFileURL(process.argv[2]).href)).default;
let text = '';
for await (const chunk of process.stdin) {
  text += chunk;
}
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}

const iso = (millis) => new Date(millis).toISOString().replace('.000Z', 'Z');

function zoneOf(time) {
  if (time.zone === ICAL.Timezone.utcTimezone) {
    return null;
  }
  const tzid = time.zone && time.zone.tzid;
  if (!tzid || tzid === 'floating' || !ICAL.TimezoneService.has(tzid)) {
    throw new Error('A date-time that is neither UTC nor in a VTIMEZONE of the file: ' + time.toString());
  }
  return ICAL.TimezoneService.get(tzid);
}

function rfc5545(time) {
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const zone = zoneOf(time);
  if (zone === null) {
    return wall;
  }
  const fixed = zone.utcOffset(time); // also expands the zone's transitions over the year
  if (zone.changes.length === 0) {
    return wall - fixed * 1000;
  }
  const changes = zone.changes.map((c) => ({
    at: Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second),
    before: c.prevUtcOffset * 1000,
    after: c.utcOffset * 1000,
  }));
  const offsetAt = (instant) => changes.reduce((offset, c) => (c.at <= instant ? c.after : offset), changes[0].before);
  const offsets = [...new Set(changes.flatMap((c) => [c.before, c.after]))];
  const occurrences = offsets.map((offset) => wall - offset).filter((instant) => offsetAt(instant) === wall - instant);
  if (occurrences.length > 0) {
    return Math.min(...occurrences);
  }
  const gap = changes.find((c) => c.after > c.before && wall >= c.at + c.before && wall < c.at + c.after);
  return wall - gap.before;
}

function icalJs(time) {
  zoneOf(time);
  return time.toUnixTime() * 1000;
}

for (const vevent of calendar.getAllSubcomponents('vevent')) {
  const event = new ICAL.Event(vevent);
  console.log([event.uid, iso(rfc5545(event.startDate)), iso(rfc5545(event.endDate)),
    iso(icalJs(event.startDate)), iso(icalJs(event.endDate))].join('\t'));
}
