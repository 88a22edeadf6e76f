// Import list of package errorsx in oryx/errorsx of ory/hydra (the import blocks of its non-test files; no code kept)
package errorsx

import (
	_ "github.com/ory/herodot"
	_ "github.com/pkg/errors"
)
