// Import list of package scheduler in scheduler of drone/drone (the import blocks of its non-test files; no code kept)
package scheduler

import (
)
