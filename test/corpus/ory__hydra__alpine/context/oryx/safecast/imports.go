// Import list of package safecast in oryx/safecast of ory/hydra (the import blocks of its non-test files; no code kept)
package safecast

import (
	_ "math"
)
