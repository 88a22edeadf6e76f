// Import list of package clock in oryx/clock of ory/hydra (the import blocks of its non-test files; no code kept)
package clock

import (
	_ "sync"
	_ "time"
)
