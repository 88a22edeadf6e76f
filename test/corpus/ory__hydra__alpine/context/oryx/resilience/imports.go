// Import list of package resilience in oryx/resilience of ory/hydra (the import blocks of its non-test files; no code kept)
package resilience

import (
	_ "github.com/ory/x/logrusx"
	_ "github.com/pkg/errors"
	_ "time"
)
