/** The build's heap limit, and the one its out-of-memory advice names (scripts/build.mjs). */
import { describe, expect, it } from 'vitest';
import { withHeapLimit } from '../../src/lib/heap-limit';

describe('the build heap limit', () => {
  it('adds the default to the caller’s options', () => {
    expect(withHeapLimit(undefined, 1024)).toEqual({ nodeOptions: '--max-old-space-size=1024', heapMb: 1024 });
    expect(withHeapLimit('--enable-source-maps', 1024)).toEqual({ nodeOptions: '--enable-source-maps --max-old-space-size=1024', heapMb: 1024 });
  });

  it('keeps a limit the caller set, and names that one', () => {
    expect(withHeapLimit('--max-old-space-size=4096', 1024)).toEqual({ nodeOptions: '--max-old-space-size=4096', heapMb: 4096 });
    expect(withHeapLimit('--cpu-prof --max_old_space_size=896', 1024)).toEqual({ nodeOptions: '--cpu-prof --max_old_space_size=896', heapMb: 896 });
  });
});
