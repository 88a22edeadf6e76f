// Import list of package ioutilx in oryx/ioutilx of ory/hydra (the import blocks of its non-test files; no code kept)
package ioutilx

import (
	_ "io"
)
