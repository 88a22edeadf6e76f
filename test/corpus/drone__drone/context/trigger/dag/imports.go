// Import list of package dag in trigger/dag of drone/drone (the import blocks of its non-test files; no code kept)
package dag

import (
)
