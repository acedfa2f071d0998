import { defineConfig } from 'vitest/config';

// The library must not depend on the process time zone, so the suite runs in three: UTC, one
// behind it with daylight saving (America/Los_Angeles, UTC-8/-7) and one ahead of it at a
// quarter-hour offset (Asia/Kathmandu, UTC+05:45). Each zone is a project; `env.TZ` reaches the
// test workers (test/zone.test.ts proves it) and the processes the CLI tests spawn.
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu'] as const;

// Tests that spawn node processes or drive a browser run in UTC only: they check packaging,
// process I/O and rendering, none of which reads a date, and three runs would triple the
// slowest part of the suite. Library code they reach is covered in every zone by the others.
// The fuzz suite (test/fuzz) runs once too: its thousands of cases per invariant are about
// hostile input, not time zones, and three runs would triple its minute.
const ONE_ZONE = ['test/cli/**', 'test/package.test.ts', 'test/report/html.browser.test.ts', 'test/fuzz/**'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    projects: ZONES.map((zone) => ({
      extends: true as const,
      test: {
        name: `TZ=${zone}`,
        env: { TZ: zone, CROSSCHECK_TEST_ZONE: zone },
        exclude: zone === 'UTC' ? [] : ONE_ZONE,
        // UTC runs each file in a fresh worker, as the suite always has; the other zones run the
        // same files again and reuse one worker per zone (no test mocks modules or keeps global
        // state), which saves a worker start and a module graph per file: about 45 s of 90.
        isolate: zone === 'UTC',
      },
    })),
  },
});
